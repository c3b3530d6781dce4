package mxsec.model;

/**
 * Where in a report a fact's evidence stands: a section heading, the lines of our reference text (from 1, what
 * {@code verify} checks), and what a reader of the published article can follow: the paragraph's number within
 * its section (0 when not given) and an anchor, the opening words of the evidence sentence (null when not given).
 */
public record Source(String section, int firstLine, int lastLine, int paragraph, String anchor) {
    public String lines() {
        return firstLine == lastLine ? String.valueOf(firstLine) : firstLine + "-" + lastLine;
    }

    /**
     * {@code “State by State”, ¶8 “The Gulf-facing state of Veracruz is”}: the section (when there is one), the
     * paragraph and the anchor; or, for a source without them, the lines of our copy ({@code lines 60-61}).
     */
    @Override
    public String toString() {
        String where = section == null ? "" : "\u201c" + section + "\u201d, ";
        if (paragraph > 0 && anchor != null) return where + "\u00b6" + paragraph + " \u201c" + anchor + "\u201d";
        return where + (firstLine == lastLine ? "line " : "lines ") + lines();
    }
}
