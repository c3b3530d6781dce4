package mxsec.render;

import java.util.Locale;

/** The text styles of {@code cite --style}, each a CSL style the jar carries (see pom.xml's shade filters). */
public enum CitationStyle {
    /** APA 7th edition. */
    APA("apa"),
    /** The Chicago Manual of Style, author-date: the form it gives web pages and reports. */
    CHICAGO("chicago-author-date"),
    /** MLA Handbook, 9th edition. */
    MLA("modern-language-association");

    /** The CSL style's name (its file, {@code NAME.csl}, on the class path). */
    final String csl;

    CitationStyle(String csl) {
        this.csl = csl;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
