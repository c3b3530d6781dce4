package mxsec.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping by display columns. */
public final class Wrap {
    private Wrap() {}

    /**
     * {@code s} padded with spaces to {@code width} characters (String.format costs ~15 ms to load); as is when it is
     * that long already, so the caller adds the gap (a column of labels before text: {@link LabelColumn}).
     */
    public static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /**
     * Lines of at most {@code width} characters (0: one line): each paragraph (split at newlines) that is longer
     * than the width becomes its words (runs of characters other than the space) joined by single spaces, as
     * many to a line as fit; words longer than the width are cut.
     */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            paragraph(text, from, end, width, out);
            if (newline < 0) return out;
            from = newline + 1;
        }
    }

    /** The lines of {@code text[from, to)}, found by index: no list of words, no string per word (cold code, every fact). */
    private static void paragraph(String text, int from, int to, int width, List<String> out) {
        if (width <= 0 || to - from <= width) {
            out.add(text.substring(from, to));
            return;
        }
        StringBuilder line = new StringBuilder(width);
        int i = from;
        while (i < to) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int j = text.indexOf(' ', i);
            if (j < 0 || j > to) j = to;
            while (j - i > width) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(text.substring(i, i + width));
                i += width;
            }
            if (line.length() > 0 && line.length() + 1 + (j - i) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(text, i, j);
            i = j;
        }
        out.add(line.toString());
    }

    /** {@code text} wrapped to {@code width} with every line after the first indented by {@code indent}. */
    public static String hanging(String text, int width, String indent) {
        List<String> lines = lines(text, width <= 0 ? 0 : Math.max(10, width - indent.length()));
        return String.join("\n" + indent, lines);
    }
}
