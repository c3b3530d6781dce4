package mxsec.model;

import java.util.List;

/** A published report: its citation data and its ordered section headings. */
public record Report(String id, String title, List<String> authors, boolean authorInferred, String publisher,
                     FuzzyDate published, boolean publishedInferred, String url, String kind, String notes,
                     List<String> sections, Location location) {

    /** A report is identified by its id (unique in a corpus). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Report r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** A full citation, saying what is inferred rather than printed. */
    public String citation() {
        StringBuilder s = new StringBuilder();
        s.append(String.join(", ", authors));
        if (authorInferred) s.append(" (author inferred)");
        s.append(". ").append(published.text());
        if (publishedInferred) s.append(" (date inferred)");
        s.append(". \u201c").append(title).append(".\u201d ");
        s.append(publisher).append('.');
        if (url != null) s.append(' ').append(url);
        return s.toString();
    }
}
