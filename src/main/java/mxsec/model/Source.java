package mxsec.model;

/** Where in a report's reference text a fact's evidence stands: a section heading and lines (from 1). */
public record Source(String section, int firstLine, int lastLine) {
    public String lines() {
        return firstLine == lastLine ? String.valueOf(firstLine) : firstLine + "-" + lastLine;
    }

    /** {@code "State by State", lines 60-61}, or just the lines when there is no heading. */
    @Override
    public String toString() {
        return (section == null ? "" : "\u201c" + section + "\u201d, ") + (firstLine == lastLine ? "line " : "lines ") + lines();
    }
}
