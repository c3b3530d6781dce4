package mxsec.render;

import java.util.Collection;

/**
 * The marks human output puts on dates, figures and facts: each one's symbol, its ASCII fallback and what it
 * means. The one definition of them: the renderers print these symbols, {@link Legend} explains the ones a run
 * printed, and {@link #help} the ones a command can print in its {@code --help}. A new mark is a new constant.
 */
public enum Mark {
    APPROXIMATE_DATE("~", "~", "approximate date"),
    INFERRED_DATE("*", "*", "date inferred from context"),
    ABOUT("\u2248", "~", "about"),
    AT_LEAST("\u2265", ">=", "at least (for a vague quantity, the floor its words imply)"),
    MORE_THAN(">", ">", "more than"),
    AT_MOST("\u2264", "<=", "up to"),
    LESS_THAN("<", "<", "fewer than"),
    CONTRADICTS("\u2260", "!=", "another report contradicts it"),
    UPDATED("\u2192", "->", "a later report describes a later state"),
    EARLIER("\u2190", "<-", "an earlier report described an earlier state"),
    AGREES("=", "=", "another report says the same");

    private final String unicode;
    private final String ascii;
    private final String meaning;

    Mark(String unicode, String ascii, String meaning) {
        this.unicode = unicode;
        this.ascii = ascii;
        this.meaning = meaning;
    }

    /** The symbol in {@code style}: Unicode, or its ASCII fallback. */
    public String symbol(Style style) {
        return style.pick(unicode, ascii);
    }

    public String meaning() {
        return meaning;
    }

    /**
     * What {@code marks} mean, for {@code --help}: "Marks: ~ approximate date or estimated figure; ≠ another report
     * says otherwise (!= in ASCII)."
     */
    public static String help(Collection<Mark> marks) {
        return explain(marks, true, true) + ".";
    }

    /**
     * "Marks: " and each symbol of {@code marks} (in the order of this enum) with its meaning; marks that share a
     * symbol share an entry ("~ approximate date or estimated figure").
     */
    static String explain(Collection<Mark> marks, boolean unicode, boolean withAscii) {
        StringBuilder s = new StringBuilder("Marks:");
        Mark[] all = values();
        for (int i = 0; i < all.length; i++) {
            Mark m = all[i];
            if (!marks.contains(m) || m.sharesSymbolWithOneBefore(marks)) continue;
            s.append(s.length() == "Marks:".length() ? " " : "; ").append(unicode ? m.unicode : m.ascii);
            s.append(' ').append(m.meaning);
            for (int j = i + 1; j < all.length; j++) {
                if (marks.contains(all[j]) && all[j].unicode.equals(m.unicode)) s.append(" or ").append(all[j].meaning);
            }
            if (withAscii && !m.ascii.equals(m.unicode)) s.append(" (").append(m.ascii).append(" in ASCII)");
        }
        return s.toString();
    }

    private boolean sharesSymbolWithOneBefore(Collection<Mark> marks) {
        for (Mark m : values()) {
            if (m == this) return false;
            if (marks.contains(m) && m.unicode.equals(unicode)) return true;
        }
        return false;
    }
}
