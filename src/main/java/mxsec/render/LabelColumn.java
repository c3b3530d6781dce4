package mxsec.render;

import java.util.Collection;

/**
 * A column of labels before text (a date, a kind, a field name, a chart's label), laid out so that a label can
 * never touch the text beside it. Sized to its labels ({@link #fitting}), it is as wide as the longest and a gap;
 * of a fixed width ({@link #fixed}), a label that does not {@link #fits fit} belongs on a line of its own, the
 * text below it at the column's {@link #indent}. Either way {@link #pad} leaves at least one space after a label.
 */
public final class LabelColumn {
    private final int width;
    private final String indent;

    private LabelColumn(int width) {
        this.width = width;
        this.indent = " ".repeat(width);
    }

    /** A column {@code width} characters wide, the gap after its labels included. */
    public static LabelColumn fixed(int width) {
        return new LabelColumn(width);
    }

    /** As wide as the longest of {@code labels} and {@code gap} spaces (at least one), and never narrower than {@code min}. */
    public static LabelColumn fitting(int min, int gap, Collection<String> labels) {
        int longest = 0;
        for (String label : labels) longest = Math.max(longest, label.length());
        return new LabelColumn(Math.max(min, longest + Math.max(1, gap)));
    }

    /** The column's width, gap included. */
    public int width() {
        return width;
    }

    /** As many spaces as the column is wide: where the text of a line without a label begins. */
    public String indent() {
        return indent;
    }

    /** Whether {@code label} leaves at least one space before the text. */
    public boolean fits(String label) {
        return label.length() < width;
    }

    /** {@code label} padded to the column; one that does not fit gets one space (it runs into the text's column, never into the text). */
    public String pad(String label) {
        return fits(label) ? label + indent.substring(label.length()) : label + " ";
    }
}
