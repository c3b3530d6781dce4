package mxsec.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds columns that touch in human output. The output is read as blocks (runs of non-blank lines); in each
 * block, a column boundary is a position where at least two lines begin a cell after a gap of two or more
 * spaces, at least one of them with a cell before it (a letter or digit to its left: a row, not just an
 * indented line), and where more lines begin a cell there than run text across it (cells that begin one or two
 * places right of a boundary are that column's hanging indent, as after a bullet). A line whose text runs
 * across a boundary, non-space on both sides of it, has two columns touching: that is a violation.
 * <p>Headings stand across columns on purpose: the output is taken with colour, and a line that is one styled
 * text without a gap in it is a heading (or a label on a line of its own), not a row. Colour codes are removed before positions are counted.
 */
final class ColumnGaps {
    /** One line where two columns touch. */
    record Violation(int line, int column, String text) {
        @Override
        public String toString() {
            return "line " + (line + 1) + ", column " + column + ": " + text.substring(0, column) + "\u2502" + text.substring(column);
        }
    }

    /** What a check found: the violations, and how much it examined (boundaries, and the row cells at them). */
    record Report(List<Violation> violations, int boundaries, int cells) {}

    /** What closes a text never begins a cell: "[DUR  ]" is a map cell without a letter. */
    private static final String CLOSING = ")]},.;:";

    private ColumnGaps() {}

    static Report check(String output) {
        List<String> texts = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        for (String raw : output.split("\n", -1)) {
            texts.add(strip(raw));
            headings.add(isHeading(raw));
        }
        List<Violation> violations = new ArrayList<>();
        int boundaries = 0;
        int cells = 0;
        int start = 0;
        while (start < texts.size()) {
            if (texts.get(start).isBlank()) {
                start++;
                continue;
            }
            int end = start;
            while (end < texts.size() && !texts.get(end).isBlank()) end++;
            int width = 0;
            for (int i = start; i < end; i++) width = Math.max(width, texts.get(i).length());
            // One pass over each line: where its cells begin after a gap, and where its text runs across a place.
            int[] starts = new int[width];
            int[] crossings = new int[width];
            boolean[] row = new boolean[width];
            for (int i = start; i < end; i++) {
                String t = texts.get(i);
                if (headings.get(i) || t.indexOf('\t') >= 0) continue;
                boolean letter = false;
                for (int p = 2; p < t.length(); p++) {
                    letter |= Character.isLetterOrDigit(t.charAt(p - 2));
                    if (t.charAt(p) == ' ') continue;
                    if (t.charAt(p - 1) != ' ') {
                        crossings[p]++;
                    } else if (t.charAt(p - 2) == ' ' && CLOSING.indexOf(t.charAt(p)) < 0) {
                        starts[p]++;
                        row[p] |= letter;
                    }
                }
            }
            boolean[] boundary = new boolean[width];
            for (int p = 2; p < width; p++) boundary[p] = starts[p] >= 2 && row[p] && crossings[p] < starts[p];
            for (int p = 2; p < width; p++) {
                // Cells that start one or two places right of a boundary are the same column's hanging indent ("• ").
                if (!boundary[p] || boundary[p - 1] || boundary[p - 2]) continue;
                boundaries++;
                cells += starts[p];
                if (crossings[p] == 0) continue;
                for (int i = start; i < end; i++) {
                    String t = texts.get(i);
                    if (!headings.get(i) && t.indexOf('\t') < 0 && t.length() > p && t.charAt(p) != ' ' && t.charAt(p - 1) != ' ') {
                        violations.add(new Violation(i, p, t));
                    }
                }
            }
            start = end;
        }
        return new Report(violations, boundaries, cells);
    }

    /** The line without its colour codes (ESC [ ... m). */
    static String strip(String line) {
        StringBuilder s = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u001b' && i + 1 < line.length() && line.charAt(i + 1) == '[') {
                int m = line.indexOf('m', i);
                if (m > 0) {
                    i = m;
                    continue;
                }
            }
            s.append(c);
        }
        return s.toString();
    }

    /**
     * One styled text (a single colour or bold), without a gap of two spaces in it: a heading such as "Groups
     * present", or a label put on a line of its own because it is longer than its column.
     */
    private static boolean isHeading(String raw) {
        String t = raw.strip();
        if (!t.startsWith("\u001b[") || !t.endsWith("\u001b[0m")) return false;
        int open = t.indexOf('m');
        String inner = t.substring(open + 1, t.length() - 4);
        return inner.indexOf('\u001b') < 0 && !inner.contains("  ");
    }
}
