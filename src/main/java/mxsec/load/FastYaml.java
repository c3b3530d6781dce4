package mxsec.load;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mxsec.model.Location;

/**
 * A fast path for the plain shape of corpus files: block mappings and sequences, one-line flow lists and
 * mappings, plain and one-line quoted scalars, and {@code >-} folded text. It builds the same {@link YamlNode}
 * tree (texts, types, positions) that {@link YamlReader} builds through Jackson and SnakeYAML, about ten times
 * faster. Anything outside that shape, or anything that would be a problem (a tab, a control character, a
 * duplicate key, an anchor, a multi-line plain scalar...), makes it give up (null): the full parser then reads
 * the file and reports exactly what it always did.
 */
final class FastYaml {
    /** Thrown to give up; no stack trace, it is cheap and caught right away. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** Plain scalars whose type needs YAML 1.1's resolver, resolved once by the real parser. */
    private static final Map<String, YamlNode.Scalar> RESOLVED = new ConcurrentHashMap<>();
    private static final int RESOLVED_MAX = 50_000;

    /**
     * Short texts (keys, ids, kinds, topics, units...) repeat thousands of times in a large corpus; each thread
     * keeps one copy of each, found by its characters without making a string first. Fewer objects survive into
     * the model, which is most of what the garbage collector copies while a large corpus loads.
     */
    private static final ThreadLocal<Pool> POOL = ThreadLocal.withInitial(Pool::new);

    static final class Pool {
        private static final int MAX_LENGTH = 40;
        private static final int MAX_SIZE = 1 << 15;
        private String[] table = new String[1 << 10];
        private int size;

        String get(char[] s, int from, int to) {
            int n = to - from;
            if (n > MAX_LENGTH || n == 0) return new String(s, from, n);
            int h = 0;
            for (int i = from; i < to; i++) h = 31 * h + s[i];
            int mask = table.length - 1;
            int i = (h ^ (h >>> 16)) & mask;
            while (true) {
                String known = table[i];
                if (known == null) break;
                if (known.length() == n && known.hashCode() == h && same(known, s, from, n)) return known;
                i = (i + 1) & mask;
            }
            String made = new String(s, from, n);
            if (size >= MAX_SIZE) return made;
            table[i] = made;
            if (++size * 2 > table.length) grow();
            return made;
        }

        private static boolean same(String known, char[] s, int from, int n) {
            for (int i = 0; i < n; i++) {
                if (known.charAt(i) != s[from + i]) return false;
            }
            return true;
        }

        private void grow() {
            String[] old = table;
            table = new String[old.length * 2];
            int mask = table.length - 1;
            for (String k : old) {
                if (k == null) continue;
                int h = k.hashCode();
                int i = (h ^ (h >>> 16)) & mask;
                while (table[i] != null) i = (i + 1) & mask;
                table[i] = k;
            }
        }
    }

    private final Pool pool = POOL.get();
    private final String file;
    /** The text, as characters: indexing an array is cheaper than String.charAt on a cold JVM. */
    private final char[] s;
    private final int[] lineStart;
    private final int lineCount;
    private final boolean surrogates;
    /** The first line not consumed yet. */
    private int ln;
    /** Values read so far: near {@code maxNodes} the full parser reads the file, and reports what is over the limit. */
    private int nodes;
    private final int maxNodes;

    private FastYaml(String file, char[] s, int[] lineStart, int lineCount, boolean surrogates, int maxNodes) {
        this.file = file;
        this.maxNodes = maxNodes;
        this.s = s;
        this.lineStart = lineStart;
        this.lineCount = lineCount;
        this.surrogates = surrogates;
    }

    /** The tree of {@code text}, or null when the full parser must read it. */
    static YamlNode parse(String file, String source) {
        return parse(file, source, YamlReader.MAX_NODES);
    }

    /** As {@link #parse(String, String)}, giving up past {@code maxNodes} values. */
    static YamlNode parse(String file, String source, int maxNodes) {
        char[] text = source.toCharArray();
        int n = text.length;
        int lines = 1;
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7f) continue;
            if (c == '\n') {
                lines++;
            } else if (c < 0xa0 || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff || c >= 0xfffe) {
                return null; // tabs, CR, controls, odd line breaks, bidi overrides, BOMs: the full parser decides
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
                    int cp = Character.toCodePoint(c, text[i + 1]);
                    if ((cp & 0xfffe) == 0xfffe) return null;
                    surrogates = true;
                    i++;
                } else {
                    return null;
                }
            }
        }
        int[] starts = new int[lines];
        int k = 1;
        for (int i = 0; i < n; i++) {
            if (text[i] == '\n') starts[k++] = i + 1;
        }
        try {
            return new FastYaml(file, text, starts, lines, surrogates, maxNodes).document();
        } catch (GiveUp | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static GiveUp giveUp() {
        return GIVE_UP;
    }

    private void counted() {
        if (++nodes >= maxNodes) throw giveUp();
    }

    // ---- lines ----

    private int end(int line) {
        return line + 1 < lineCount ? lineStart[line + 1] - 1 : s.length;
    }

    private int indent(int line) {
        int i = lineStart[line];
        int e = end(line);
        while (i < e && s[i] == ' ') i++;
        return i - lineStart[line];
    }

    /** The next line from {@code from} with something other than spaces and a comment, or lineCount. */
    private int nextContent(int from) {
        for (int l = from; l < lineCount; l++) {
            int i = lineStart[l];
            int e = end(l);
            while (i < e && s[i] == ' ') i++;
            if (i < e && s[i] != '#') return l;
        }
        return lineCount;
    }

    private Location at(int line, int pos) {
        int col = pos - lineStart[line];
        if (surrogates) {
            for (int i = lineStart[line]; i < pos; i++) {
                if (Character.isLowSurrogate(s[i])) col--;
            }
        }
        return new Location(file, line + 1, col + 1);
    }

    private int skipSpaces(int i, int e) {
        while (i < e && s[i] == ' ') i++;
        return i;
    }

    /** Only spaces, or spaces then a comment, from {@code i} (just past a value) to {@code e}. */
    private void restIsComment(int i, int e) {
        int j = skipSpaces(i, e);
        if (j == e) return;
        if (s[j] == '#' && j > i) return;
        throw giveUp();
    }

    private boolean isEntry(int pos, int e) {
        return s[pos] == '-' && (pos + 1 == e || s[pos + 1] == ' ');
    }

    private static boolean keyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** The end of a simple key ({@code [A-Za-z0-9_][A-Za-z0-9_-]*}) at {@code i} followed by ':' and a space or the end of line; -1 if none. */
    private int keyEnd(int i, int e) {
        if (i >= e || !keyChar(s[i]) || s[i] == '-') return -1;
        int j = i + 1;
        while (j < e && keyChar(s[j])) j++;
        if (j < e && s[j] == ':' && (j + 1 == e || s[j + 1] == ' ')) return j;
        return -1;
    }

    // ---- block structure ----

    private YamlNode document() {
        int first = nextContent(0);
        if (first >= lineCount || indent(first) != 0) throw giveUp();
        YamlNode root = mapping(0, first, lineStart[first], 1);
        if (nextContent(ln) < lineCount) throw giveUp();
        return root;
    }

    /** A block mapping whose keys stand at column {@code indent}, the first at {@code pos} of {@code line}. */
    private YamlNode.Mapping mapping(int indent, int line, int pos, int depth) {
        if (depth >= YamlReader.MAX_DEPTH) throw giveUp();
        Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
        Location where = at(line, pos);
        while (true) {
            int e = end(line);
            int colon = keyEnd(pos, e);
            if (colon < 0) throw giveUp();
            String key = pool.get(s, pos, colon);
            Location keyAt = at(line, pos);
            int v = skipSpaces(colon + 1, e);
            YamlNode value;
            if (v == e || s[v] == '#') {
                int next = nextContent(line + 1);
                if (next >= lineCount) throw giveUp(); // an empty value: the full parser
                int ni = indent(next);
                int np = lineStart[next] + ni;
                int ne = end(next);
                if (ni > indent) {
                    value = isEntry(np, ne) ? sequence(ni, next, false, depth + 1) : mapping(ni, next, np, depth + 1);
                } else if (ni == indent && isEntry(np, ne)) {
                    value = sequence(ni, next, true, depth + 1);
                } else {
                    throw giveUp();
                }
            } else {
                value = inline(line, v, indent, depth + 1);
            }
            if (entries.put(key, new YamlNode.Mapping.Entry(keyAt, value)) != null) throw giveUp();
            counted();
            int next = nextContent(ln);
            if (next >= lineCount) break;
            int ni = indent(next);
            if (ni < indent) break;
            if (ni > indent) throw giveUp();
            line = next;
            pos = lineStart[next] + ni;
        }
        return new YamlNode.Mapping(entries, where);
    }

    /** A block sequence whose '-' stand at column {@code indent}; indentless: at its mapping's own column. */
    private YamlNode.Sequence sequence(int indent, int line, boolean indentless, int depth) {
        if (depth >= YamlReader.MAX_DEPTH) throw giveUp();
        Location where = at(line, lineStart[line] + indent);
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            int e = end(line);
            int dash = lineStart[line] + indent;
            int v = skipSpaces(dash + 1, e);
            if (v == e || s[v] == '#' || v == dash + 1) throw giveUp(); // item on the next lines
            if (isEntry(v, e)) throw giveUp(); // a list in a list
            YamlNode item = keyEnd(v, e) >= 0 ? mapping(v - lineStart[line], line, v, depth + 1) : inline(line, v, indent, depth + 1);
            items.add(item);
            counted();
            int next = nextContent(ln);
            if (next >= lineCount) break;
            int ni = indent(next);
            if (ni < indent) break;
            if (ni > indent) throw giveUp();
            if (!isEntry(lineStart[next] + ni, end(next))) {
                if (indentless) break;
                throw giveUp();
            }
            line = next;
        }
        return new YamlNode.Sequence(items, where);
    }

    /** A value that starts at {@code v} of {@code line}; sets {@link #ln} past it. */
    private YamlNode inline(int line, int v, int blockIndent, int depth) {
        if (depth >= YamlReader.MAX_DEPTH) throw giveUp();
        int e = end(line);
        char c = s[v];
        YamlNode node;
        switch (c) {
            case '[' -> node = flowSequence(line, v, e);
            case '{' -> node = flowMapping(line, v, e);
            case '"', '\'' -> {
                int[] stop = new int[1];
                String text = quoted(v, e, stop);
                restIsComment(stop[0], e);
                node = new YamlNode.Scalar(text, text.isEmpty() ? YamlNode.Scalar.Type.NULL : YamlNode.Scalar.Type.STRING, at(line, v));
            }
            case '>' -> {
                if (v + 2 != e || s[v + 1] != '-') throw giveUp();
                return folded(line, v, blockIndent);
            }
            case '-' -> {
                if (v + 1 >= e || s[v + 1] < '0' || s[v + 1] > '9') throw giveUp();
                node = plainBlock(line, v, e);
            }
            case '|', '&', '*', '!', '%', '@', '`', '?', ':', ',', ']', '}', '#' -> throw giveUp();
            default -> node = plainBlock(line, v, e);
        }
        ln = line + 1;
        return node;
    }

    private YamlNode.Scalar plainBlock(int line, int v, int e) {
        int stop = e;
        for (int i = v; i < e; i++) {
            char c = s[i];
            if (c == '#' && s[i - 1] == ' ') {
                stop = i;
                break;
            }
            if (c == ':' && (i + 1 == e || s[i + 1] == ' ')) throw giveUp();
        }
        while (stop > v && s[stop - 1] == ' ') stop--;
        return plain(pool.get(s, v, stop), at(line, v));
    }

    /** {@code >-}: lines at one indentation folded into one text, blank lines kept as line breaks. */
    private YamlNode.Scalar folded(int line, int v, int blockIndent) {
        int first = line + 1;
        if (first >= lineCount) throw giveUp();
        int ind = indent(first);
        if (ind <= blockIndent || lineStart[first] + ind == end(first)) throw giveUp();
        StringBuilder text = new StringBuilder();
        int blanks = 0;
        int l = first;
        for (; l < lineCount; l++) {
            int st = lineStart[l];
            int e = end(l);
            if (st == e) {
                blanks++;
                continue;
            }
            int ii = indent(l);
            if (st + ii == e) throw giveUp(); // a line of spaces only
            if (ii < ind) break;
            if (ii > ind) throw giveUp(); // more-indented lines keep their breaks: the full parser
            if (text.length() > 0) {
                if (blanks == 0) text.append(' ');
                else text.append("\n".repeat(blanks));
            }
            text.append(s, st + ind, e - st - ind);
            blanks = 0;
        }
        ln = l;
        return new YamlNode.Scalar(text.toString(), YamlNode.Scalar.Type.STRING, at(line, v));
    }

    // ---- flow collections, on one line ----

    private YamlNode.Sequence flowSequence(int line, int v, int e) {
        Location where = at(line, v);
        List<YamlNode> items = new ArrayList<>();
        int i = skipSpaces(v + 1, e);
        if (i < e && s[i] == ']') {
            restIsComment(i + 1, e);
            return new YamlNode.Sequence(items, where);
        }
        while (true) {
            int[] stop = new int[1];
            items.add(flowScalar(line, i, e, ']', stop));
            counted();
            i = skipSpaces(stop[0], e);
            if (i >= e) throw giveUp();
            char c = s[i];
            if (c == ']') break;
            if (c != ',') throw giveUp();
            i = skipSpaces(i + 1, e);
        }
        restIsComment(i + 1, e);
        return new YamlNode.Sequence(items, where);
    }

    private YamlNode.Mapping flowMapping(int line, int v, int e) {
        Location where = at(line, v);
        Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
        int i = skipSpaces(v + 1, e);
        if (i < e && s[i] == '}') {
            restIsComment(i + 1, e);
            return new YamlNode.Mapping(entries, where);
        }
        while (true) {
            int colon = keyEnd(i, e);
            if (colon < 0 || colon + 1 == e) throw giveUp();
            String key = pool.get(s, i, colon);
            Location keyAt = at(line, i);
            int[] stop = new int[1];
            YamlNode value = flowScalar(line, skipSpaces(colon + 1, e), e, '}', stop);
            if (entries.put(key, new YamlNode.Mapping.Entry(keyAt, value)) != null) throw giveUp();
            counted();
            i = skipSpaces(stop[0], e);
            if (i >= e) throw giveUp();
            char c = s[i];
            if (c == '}') break;
            if (c != ',') throw giveUp();
            i = skipSpaces(i + 1, e);
        }
        restIsComment(i + 1, e);
        return new YamlNode.Mapping(entries, where);
    }

    /** A plain or quoted scalar inside [...] or {...}; {@code stop[0]} is set just past it. */
    private YamlNode.Scalar flowScalar(int line, int i, int e, char close, int[] stop) {
        if (i >= e) throw giveUp();
        char c = s[i];
        if (c == '"' || c == '\'') {
            String text = quoted(i, e, stop);
            return new YamlNode.Scalar(text, text.isEmpty() ? YamlNode.Scalar.Type.NULL : YamlNode.Scalar.Type.STRING, at(line, i));
        }
        if ("[]{},#&*!|>%@`?:".indexOf(c) >= 0) throw giveUp();
        if (c == '-' && (i + 1 >= e || s[i + 1] < '0' || s[i + 1] > '9')) throw giveUp();
        int j = i;
        while (j < e) {
            char d = s[j];
            if (d == ',' || d == close) break;
            if ("[]{}#:?\"'".indexOf(d) >= 0) throw giveUp();
            j++;
        }
        if (j == e) throw giveUp();
        stop[0] = j;
        while (j > i && s[j - 1] == ' ') j--;
        return plain(pool.get(s, i, j), at(line, i));
    }

    /** A quoted scalar on one line, with the simple escapes only; {@code stop[0]} is set past its closing quote. */
    private String quoted(int i, int e, int[] stop) {
        char q = s[i];
        StringBuilder out = null;
        int from = i + 1;
        for (int j = i + 1; j < e; j++) {
            char c = s[j];
            if (q == '\'' && c == '\'') {
                if (j + 1 < e && s[j + 1] == '\'') {
                    if (out == null) out = new StringBuilder();
                    out.append(s, from, j + 1 - from);
                    from = j + 2;
                    j++;
                    continue;
                }
                stop[0] = j + 1;
                return out == null ? pool.get(s, from, j) : out.append(s, from, j - from).toString();
            }
            if (q == '"' && c == '"') {
                stop[0] = j + 1;
                return out == null ? pool.get(s, from, j) : out.append(s, from, j - from).toString();
            }
            if (q == '"' && c == '\\') {
                if (j + 1 >= e) throw giveUp();
                char x = s[j + 1];
                if (x != '"' && x != '\\' && x != '/') throw giveUp();
                if (out == null) out = new StringBuilder();
                out.append(s, from, j - from).append(x);
                from = j + 2;
                j++;
            }
        }
        throw giveUp(); // runs onto the next line
    }

    // ---- plain scalar types ----

    private static YamlNode.Scalar plain(String text, Location at) {
        if (text.isEmpty()) throw giveUp();
        char c = text.charAt(0);
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if ((letter && !(text.length() <= 5 && "yYnNtTfFoO".indexOf(c) >= 0)) || c >= 0x80) {
            return new YamlNode.Scalar(text, YamlNode.Scalar.Type.STRING, at);
        }
        if (c >= '1' && c <= '9' && text.length() < 10) {
            boolean digits = true;
            for (int i = 1; i < text.length() && digits; i++) digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
            if (digits) return new YamlNode.Scalar(text, YamlNode.Scalar.Type.INTEGER, at);
        }
        YamlNode.Scalar typed = RESOLVED.get(text);
        if (typed == null) {
            typed = resolve(text);
            if (RESOLVED.size() < RESOLVED_MAX) RESOLVED.put(text, typed);
        }
        return new YamlNode.Scalar(typed.text(), typed.type(), at);
    }

    /** What Jackson makes of {@code text} as a plain value: the same parser, on "k: text". */
    private static YamlNode.Scalar resolve(String text) {
        try (YAMLParser p = (YAMLParser) YamlReader.factory().createParser("k: " + text + "\n")) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) throw giveUp();
            JsonToken t = p.nextToken();
            YamlNode.Scalar.Type type = switch (t) {
                case VALUE_STRING -> p.getText().isEmpty() ? YamlNode.Scalar.Type.NULL : YamlNode.Scalar.Type.STRING;
                case VALUE_NUMBER_INT -> YamlNode.Scalar.Type.INTEGER;
                case VALUE_NUMBER_FLOAT -> YamlNode.Scalar.Type.DECIMAL;
                case VALUE_TRUE, VALUE_FALSE -> YamlNode.Scalar.Type.BOOLEAN;
                default -> throw giveUp(); // null, or anything else: the full parser
            };
            String value = p.getText();
            if (p.getObjectId() != null || p.getTypeId() != null || p.isCurrentAlias()) throw giveUp();
            if (p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != null) throw giveUp();
            if (type == YamlNode.Scalar.Type.STRING && !value.equals(text)) throw giveUp();
            return new YamlNode.Scalar(value, type, null);
        } catch (java.io.IOException | RuntimeException e) {
            throw giveUp();
        }
    }
}
