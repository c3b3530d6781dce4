package mxsec.text;

import java.util.List;

/** A report's reference text, by line (from 1): what {@code verify} checks facts against and {@code --quote} prints. */
public final class ReferenceText {
    private final List<String> lines;

    public ReferenceText(List<String> lines) {
        this.lines = lines;
    }

    public int size() {
        return lines.size();
    }

    public String line(int n) {
        return lines.get(n - 1);
    }

    /** Lines first..last joined with spaces (PDF texts wrap sentences across lines). */
    public String join(int first, int last) {
        return String.join(" ", lines.subList(first - 1, last));
    }

    /**
     * The number of the paragraph that holds {@code line}, counted from the line after {@code heading} (0: the
     * text's start), heading lines skipped. Paragraphs are runs of lines separated by blank lines, or begun by a
     * line that starts with a space (PDF copies wrap paragraphs across lines); in a text without blank lines,
     * each line is one.
     */
    public int paragraph(int line, int heading, java.util.Set<Integer> headings) {
        boolean blanks = false;
        for (String l : lines) blanks |= l.isBlank();
        int count = 0;
        boolean inside = false;
        for (int n = heading + 1; n <= line; n++) {
            String l = line(n);
            if (headings.contains(n) || l.isBlank()) {
                inside = false;
                continue;
            }
            if (!blanks || !inside || Character.isWhitespace(l.charAt(0))) count++;
            inside = true;
        }
        return count;
    }

    /**
     * {@code text} as an anchor is compared: folded (case, accents), quote marks made plain, words split at a line
     * end with a hyphen joined again, whitespace made single.
     */
    public static String forAnchors(String text) {
        String t = text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
        t = t.replaceAll("(\\p{L})-\\s+(\\p{L})", "$1$2");
        return Fold.fold(t).replaceAll("\\s+", " ").strip();
    }

    /** The first line at or after {@code from} that is the heading, alone or joined with the next line. */
    public int findHeading(String heading, int from) {
        String wanted = Fold.fold(heading);
        for (int n = Math.max(1, from); n <= lines.size(); n++) {
            String one = Fold.fold(line(n));
            if (one.equals(wanted)) return n;
            if (n < lines.size() && wanted.startsWith(one) && !one.isEmpty() && Fold.fold(line(n) + " " + line(n + 1)).equals(wanted)) {
                return n;
            }
        }
        return -1;
    }
}
