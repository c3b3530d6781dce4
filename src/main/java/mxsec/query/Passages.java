package mxsec.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Fact;
import mxsec.model.Report;
import mxsec.text.ReferenceText;

/**
 * The passage a fact cites, from the reports' reference texts ({@code DIR/<report-id>.txt}, as {@code verify} reads
 * them): its lines as one text, split into what comes before the evidence sentence (the one its anchor opens), the
 * sentence, and what follows; a long passage is cut around the sentence. Each text is read once.
 */
public final class Passages {
    /** Context kept on either side of the evidence sentence, in characters (cut at a word). */
    static final int CONTEXT = 240;
    /** A passage without an anchor, or an evidence sentence, is cut after this many characters. */
    static final int WHOLE = 600;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "no", "sen", "rep",
            "lt", "col", "jr", "sr", "vs", "gov", "pres", "inc", "co", "corp", "dept", "adm", "sgt", "capt", "maj");

    /**
     * A fact's passage. {@code before} and {@code after} begin or end with "…" where they were cut; {@code evidence}
     * is empty when the fact has no anchor or its anchor was not found (then {@code before} holds the lines).
     */
    public record Passage(String file, String lines, String before, String evidence, String after) {}

    private final Path dir;
    private final Map<String, Object> texts = new HashMap<>();

    public Passages(Path dir) {
        this.dir = dir;
    }

    /** The passage {@code f} cites; Unreadable says why there is none (no text, not UTF-8, fewer lines than cited). */
    public Passage of(Fact f) throws ReferenceText.Unreadable {
        ReferenceText text = text(f.report());
        var source = f.source();
        if (source.lastLine() > text.size()) {
            throw new ReferenceText.Unreadable(fileName(f.report()) + " has " + text.size() + (text.size() == 1 ? " line" : " lines")
                    + "; the fact cites lines " + source.lines()
                    + " (run 'mxsec verify')");
        }
        List<String> parts = new ArrayList<>();
        for (int n = source.firstLine(); n <= source.lastLine(); n++) parts.add(text.line(n).strip());
        String joined = join(parts);
        return cut(fileName(f.report()), source.lines(), joined, source.anchor());
    }

    static String fileName(Report r) {
        return r.id() + ".txt";
    }

    private ReferenceText text(Report report) throws ReferenceText.Unreadable {
        Object cached = texts.get(report.id());
        if (cached == null) {
            try {
                cached = ReferenceText.read(dir.resolve(fileName(report)));
            } catch (ReferenceText.Unreadable e) {
                cached = e;
            }
            texts.put(report.id(), cached);
        }
        if (cached instanceof ReferenceText.Unreadable u) throw u;
        return (ReferenceText) cached;
    }

    /** Lines as one text: a word broken at a line end with a hyphen is joined again, keeping the hyphen. */
    static String join(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) continue;
            int n = s.length();
            boolean broken = n > 1 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2)) && Character.isLowerCase(line.charAt(0));
            if (n > 0 && !broken) s.append(' ');
            s.append(line);
        }
        return s.toString().replaceAll("\\s+", " ");
    }

    /** The passage split around the sentence {@code anchor} opens, cut to {@link #CONTEXT} on each side. */
    static Passage cut(String file, String lines, String text, String anchor) {
        int[] found = anchor == null ? null : find(text, anchor);
        if (found == null) return new Passage(file, lines, text.length() <= WHOLE ? text : head(text, WHOLE), "", "");
        int start = found[0];
        int end = sentenceEnd(text, found[1]);
        String before = text.substring(0, start);
        String after = text.substring(end);
        // A sentence whose end is not found (or a very long one) is cut too: what follows is not shown.
        if (end - start > WHOLE) return new Passage(file, lines, before.length() > CONTEXT ? tail(before, CONTEXT) : before,
                head(text.substring(start), WHOLE), "");
        if (before.length() > CONTEXT) before = tail(before, CONTEXT);
        if (after.length() > CONTEXT) after = head(after, CONTEXT);
        return new Passage(file, lines, before, text.substring(start, end), after);
    }

    /** Where the anchor's words stand in {@code text} as whole words (compared as verify compares anchors), or null. */
    static int[] find(String text, String anchor) {
        String[] wanted = key(ReferenceText.forAnchors(anchor)).split(" ");
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') i++;
            int from = i;
            while (i < text.length() && text.charAt(i) != ' ') i++;
            if (i > from) {
                spans.add(new int[] {from, i});
                words.add(key(ReferenceText.forAnchors(text.substring(from, i))));
            }
        }
        for (int w = 0; w + wanted.length <= words.size(); w++) {
            boolean match = true;
            for (int k = 0; k < wanted.length && match; k++) {
                String word = words.get(w + k);
                if (wanted.length == 1) match = word.contains(wanted[k]);
                else if (k == 0) match = word.endsWith(wanted[k]);
                else if (k == wanted.length - 1) match = word.startsWith(wanted[k]);
                else match = word.equals(wanted[k]);
            }
            if (match) {
                int start = spans.get(w)[0];
                String first = text.substring(start, spans.get(w)[1]);
                // "(The" for the anchor "The": the evidence starts at the anchor's first letter or quote.
                return new int[] {start + leadingPunctuation(first), spans.get(w + wanted.length - 1)[1]};
            }
        }
        return null;
    }

    private static int leadingPunctuation(String word) {
        int n = 0;
        while (n < word.length() - 1 && (word.charAt(n) == '(' || word.charAt(n) == '[')) n++;
        return n;
    }

    /** A word as anchors are matched: hyphens dropped, so "demon-strated" (joined at a line end) is "demonstrated". */
    private static String key(String folded) {
        return folded.replace("-", "");
    }

    /**
     * The end of the sentence that runs through {@code from}: after a '.', '!' or '?' (and any closing quote or
     * bracket) followed by a space and a capital, a digit or a quote, unless the period ends an abbreviation
     * ("U.S.", "Gen."); else the end of the text.
     */
    static int sentenceEnd(String text, int from) {
        for (int i = Math.max(0, from - 1); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int j = i + 1;
            while (j < text.length() && "\"'\u201d\u2019)]".indexOf(text.charAt(j)) >= 0) j++;
            if (j == text.length()) return j;
            if (text.charAt(j) != ' ' || j + 1 >= text.length()) continue;
            char next = text.charAt(j + 1);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"'\u201c\u2018(".indexOf(next) >= 0)) continue;
            if (c == '.' && abbreviation(text, i)) continue;
            return j;
        }
        return text.length();
    }

    /** Whether the period at {@code dot} ends an abbreviation: "U.S.", "e.g.", "Gen.", a single letter. */
    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && text.charAt(start - 1) != ' ') start--;
        String word = text.substring(start, dot).replaceAll("^[\"'\u201c\u2018(]+", "");
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;
        if (word.indexOf('.') >= 0 && word.length() <= 5) return true;
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The first {@code max} characters of {@code s}, cut at a word, with "…". */
    static String head(String s, int max) {
        int cut = s.lastIndexOf(' ', max);
        if (cut <= max / 2) cut = max;
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** The last {@code max} characters of {@code s}, cut at a word, with "…". */
    static String tail(String s, int max) {
        int from = s.length() - max;
        int cut = s.indexOf(' ', from);
        if (cut < 0 || cut - from > max / 2) cut = from;
        return "\u2026" + s.substring(cut).stripLeading();
    }
}
