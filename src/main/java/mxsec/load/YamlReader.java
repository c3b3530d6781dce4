package mxsec.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.model.Location;
import mxsec.text.UnsafeText;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML file into a {@link YamlNode} tree, safely: bounded size and nesting, strict UTF-8, no
 * anchors or aliases (so no alias bombs), no duplicate keys, no control characters, one document.
 * Problems go to {@link Problems}; on a problem that stops parsing it returns null.
 */
public final class YamlReader {
    /** Largest corpus file we read; a report of 600 facts is about 300 KiB. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_DEPTH = 20;
    /**
     * Values (scalars, lists, mappings) in one file at most: the largest built-in report holds about 12,000, an
     * 8 MiB file of real facts about 400,000. Bounds the tree's memory whatever the file's shape.
     */
    public static final int MAX_NODES = 500_000;

    private static final YAMLFactory FACTORY;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        // Our own check (MAX_DEPTH) reports deep nesting precisely; the parser's limits only need to let us skip
        // past it, within the file size bound.
        options.setNestingDepthLimit(10_000);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        FACTORY = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(10_000).build())
                .build();
    }

    private final String file;
    private final Problems problems;
    private YAMLParser parser;
    private final int maxNodes;
    private int nodes;

    /** Thrown to stop reading a file past {@link #MAX_NODES}, once that is reported. */
    private static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super(null, null, false, false);
        }
    }

    private YamlReader(String file, Problems problems, int maxNodes) {
        this.file = file;
        this.problems = problems;
        this.maxNodes = maxNodes;
    }

    /** Parses {@code bytes}, naming them {@code file} in messages. */
    public static YamlNode read(String file, byte[] bytes, Problems problems) {
        return read(file, bytes, problems, MAX_NODES);
    }

    /** As {@link #read}, with another limit of values: for tests, which cannot afford half a million. */
    static YamlNode read(String file, byte[] bytes, Problems problems, int maxNodes) {
        return new YamlReader(file, problems, maxNodes).parse(bytes, true);
    }

    /** As {@link #read}, always through Jackson (no fast path): for tests that compare the two. */
    static YamlNode readFully(String file, byte[] bytes, Problems problems) {
        return new YamlReader(file, problems, MAX_NODES).parse(bytes, false);
    }

    static YAMLFactory factory() {
        return FACTORY;
    }

    private YamlNode parse(byte[] bytes, boolean fast) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new Location(file, 1, 1), "file is larger than the limit of " + (MAX_BYTES / (1024 * 1024)) + " MiB");
            return null;
        }
        String text = decode(bytes);
        if (text == null) return null;
        if (text.isBlank()) {
            problems.add(new Location(file, 1, 1), "file is empty");
            return null;
        }
        if (refuseInvisible(text)) return null;
        if (fast) {
            YamlNode quick = FastYaml.parse(file, text, maxNodes);
            if (quick != null) return quick;
        }
        if (forbiddenCharacter(text)) return null;
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(new Location(file, 1, 1), "file is empty");
                return null;
            }
            YamlNode root = node(first, 1);
            if (root != null && p.nextToken() != null) {
                problems.add(here(), "only one YAML document per file");
            }
            return root;
        } catch (TooMany e) {
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = yamlProblem(e.getOriginalMessage());
            problems.add(at == null ? new Location(file, 1, 1) : new Location(file, at.getLineNr(), at.getColumnNr()),
                    "invalid YAML: " + message);
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(new Location(file, 1, 1), "cannot read YAML: " + e.getMessage());
            return null;
        }
    }

    /**
     * SnakeYAML's message without its excerpt of the file: "while scanning for the next token: found character
     * '\t(TAB)' that cannot start any token. (Do not use \t(TAB) for indentation)".
     */
    static String yamlProblem(String original) {
        if (original.startsWith("Expected a field name")) {
            // A complex key ("? [a, b]"): SnakeYAML names its event class; say what the rule is.
            String found = original.contains("SequenceStartEvent") ? "a list" : original.contains("MappingStartEvent") ? "a mapping" : "something else";
            return "keys must be plain text, found " + found;
        }
        List<String> parts = new ArrayList<>();
        for (String line : original.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("in 'reader'") || t.startsWith("^") || line.startsWith("    ")) continue;
            parts.add(t.replaceAll("\\s*in 'reader', line \\d+, column \\d+:?$", ""));
            if (parts.size() == 2) break;
        }
        return parts.isEmpty() ? "invalid YAML" : String.join(": ", parts);
    }

    private String decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        if (isAscii(bytes, start)) {
            // ASCII is valid UTF-8 and decodes byte for byte: no decoder needed.
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            // Find where the bad byte is, to point at it.
            int line = 1;
            int col = 1;
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            for (int i = start; i < bytes.length; ) {
                int len = sequenceLength(bytes[i]);
                try {
                    if (len == 0 || i + len > bytes.length) throw new CharacterCodingException();
                    decoder.reset().decode(ByteBuffer.wrap(bytes, i, len));
                } catch (CharacterCodingException bad) {
                    problems.add(new Location(file, line, col), String.format("invalid UTF-8 (byte 0x%02X)", bytes[i] & 0xff));
                    return null;
                }
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                i += len;
            }
            problems.add(new Location(file, line, col), "invalid UTF-8");
            return null;
        }
    }

    /**
     * A character YAML does not allow in a file (NUL, most controls, U+FFFE...), reported at its own line and
     * column: SnakeYAML refuses the whole stream at 1:1 when it meets one.
     */
    private boolean forbiddenCharacter(String text) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7e) || c == 0x85
                    || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
            if (!allowed) {
                problems.add(new Location(file, line, col), String.format("%s U+%04X is not allowed in a YAML file",
                        Character.isISOControl(c) ? "control character" : "character", c));
                return true;
            }
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return false;
    }

    private static boolean isAscii(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0) return false;
        }
        return true;
    }

    private static int sequenceLength(byte b) {
        int u = b & 0xff;
        if (u < 0x80) return 1;
        if (u >= 0xC2 && u <= 0xDF) return 2;
        if (u >= 0xE0 && u <= 0xEF) return 3;
        if (u >= 0xF0 && u <= 0xF4) return 4;
        return 0;
    }

    private Location here() {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(file, at.getLineNr(), at.getColumnNr());
    }

    private YamlNode node(JsonToken token, int depth) throws IOException {
        Location at = here();
        if (++nodes > maxNodes) {
            problems.addStop(at, "more than " + maxNodes + " YAML values in one file (the limit); split the file");
            throw new TooMany();
        }
        if (depth > MAX_DEPTH) {
            problems.add(at, "nested more than " + MAX_DEPTH + " levels deep");
            parser.skipChildren();
            return null;
        }
        if (parser.isCurrentAlias()) {
            problems.add(at, "YAML aliases (*" + parser.getText() + ") are not allowed in a corpus");
            return null;
        }
        if (parser.getObjectId() != null) {
            problems.add(at, "YAML anchors (&" + parser.getObjectId() + ") are not allowed in a corpus");
        }
        if (parser.getTypeId() != null) {
            problems.add(at, "YAML tags (!" + parser.getTypeId() + ") are not allowed in a corpus");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    Location keyAt = here();
                    String key = parser.currentName();
                    checkText(key, keyAt);
                    YamlNode value = node(parser.nextToken(), depth + 1);
                    if (entries.containsKey(key)) {
                        problems.add(keyAt, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyLocation().line() + ")");
                    } else if (value != null) {
                        entries.put(key, new YamlNode.Mapping.Entry(keyAt, value));
                    }
                }
                return new YamlNode.Mapping(entries, at);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    YamlNode item = node(t, depth + 1);
                    if (item != null) items.add(item);
                }
                return new YamlNode.Sequence(items, at);
            }
            case VALUE_STRING: {
                String text = parser.getText();
                checkText(text, at);
                // An empty value ("key:") is nothing, not an empty text.
                return new YamlNode.Scalar(text, text.isEmpty() ? YamlNode.Scalar.Type.NULL : YamlNode.Scalar.Type.STRING, at);
            }
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.INTEGER, at);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.DECIMAL, at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.BOOLEAN, at);
            case VALUE_NULL:
                return new YamlNode.Scalar("", YamlNode.Scalar.Type.NULL, at);
            default:
                problems.add(at, "unexpected YAML token " + token);
                return null;
        }
    }

    /**
     * Control, invisible and format characters could rewrite a user's terminal or hide what a text says: refuse
     * them at the door. Those written as escapes in a double-quoted string are found here, at their scalar.
     */
    private void checkText(String text, Location at) {
        int i = UnsafeText.firstUnsafe(text);
        if (i >= 0) problems.add(at, UnsafeText.problem(UnsafeText.codePointAt(text, i)));
    }

    /**
     * Invisible and format characters written as they are, each at its exact line and column (in code points; the
     * first of a line, at most {@value #MAX_INVISIBLE} per file): true when there is one, and the file is not parsed.
     * Controls below U+00A0 are left to the parser and {@link #checkText}.
     */
    private boolean refuseInvisible(String text) {
        int line = 1;
        int col = 1;
        int found = 0;
        int reported = 0;
        for (int i = 0; i < text.length(); i++, col++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 0;
            } else if (c >= 0xad) {
                int n = UnsafeText.unsafeLength(text, i);
                if (n > 0 && reported != line) {
                    problems.add(new Location(file, line, col), UnsafeText.problem(UnsafeText.codePointAt(text, i)));
                    reported = line;
                    if (++found == MAX_INVISIBLE) return true;
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
            }
        }
        return found > 0;
    }

    private static final int MAX_INVISIBLE = 20;
}
