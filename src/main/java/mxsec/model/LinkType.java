package mxsec.model;

/**
 * How two reports' facts on the same point relate, as a fact's entry writes it ({@code contradicts},
 * {@code updates}, {@code agrees}), and as each of the two facts sees it ({@link #UPDATED_BY} is the other end
 * of {@link #UPDATES}).
 */
public enum LinkType {
    /** The same point at the same time, and incompatible: one report or the other is wrong. */
    CONTRADICTS("contradicts"),
    /** This fact, from a later report, describes a later state of what the other describes (alliance, then rivalry). */
    UPDATES("updates"),
    /** A later report's fact describes a later state of what this one describes. */
    UPDATED_BY("updated_by"),
    /** The same claim in another report. */
    AGREES("agrees");

    private final String key;

    LinkType(String key) {
        this.key = key;
    }

    /** The corpus's field ({@code contradicts}, {@code updates}, {@code agrees}) and JSON's name. */
    public String key() {
        return key;
    }

    /** What the other fact of a link sees: the reverse of an update, the same for the symmetric links. */
    public LinkType reverse() {
        return this == UPDATES ? UPDATED_BY : this == UPDATED_BY ? UPDATES : this;
    }

    /** The types a fact's entry may write, in the order they are read. */
    public static final LinkType[] WRITTEN = {CONTRADICTS, UPDATES, AGREES};
}
