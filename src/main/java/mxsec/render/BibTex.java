package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mxsec.model.Report;
import mxsec.query.Citations.Citation;

/**
 * {@code cite -o bibtex}: entry types and fields that classic BibTeX and biblatex both read. A journal article is
 * {@code @article} ({@code journal}), a report {@code @techreport} ({@code institution}, {@code type = {Report}}),
 * anything else (a commentary, or an outlet the corpus does not know) {@code @misc} ({@code howpublished}).
 * {@code year} and {@code month} (a macro) for BibTeX, {@code date} (ISO 8601, {@code ~} when inferred) for
 * biblatex; {@code url}; the notes of {@link CslData#notes} in {@code note}. Special characters are escaped,
 * other text stays UTF-8, and words of two capitals or more in a title are braced so that styles keep their case.
 */
public final class BibTex {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private BibTex() {}

    public static void write(List<Citation> citations, PrintWriter out) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < citations.size(); i++) {
            if (i > 0) s.append('\n');
            entry(citations.get(i), s);
        }
        out.print(s);
    }

    private static void entry(Citation c, StringBuilder s) {
        Report r = c.report();
        String outlet = CslData.publisher(r);
        String type = outlet == null ? "misc" : switch (r.kind()) {
            case "journal-article" -> "article";
            case "report" -> "techreport";
            default -> "misc";
        };
        s.append('@').append(type).append('{').append(key(c.id())).append(",\n");
        List<String> authors = new ArrayList<>();
        for (String a : r.authors()) {
            String[] name = CslData.name(a);
            authors.add(name[1].isEmpty() ? escape(name[0]) : escape(name[0]) + ", " + escape(name[1]));
        }
        if (!authors.isEmpty()) field(s, "author", String.join(" and ", authors));
        field(s, "title", protectCapitals(escape(r.title())));
        if (outlet != null) {
            switch (type) {
                case "article" -> field(s, "journal", escape(outlet));
                case "techreport" -> {
                    field(s, "institution", escape(outlet));
                    field(s, "type", "Report");
                }
                default -> field(s, "howpublished", escape(outlet));
            }
        }
        List<Integer> first = CslData.dateParts(r.published()).get(0);
        field(s, "year", String.valueOf(first.get(0)));
        if (first.size() > 1) s.append("  month = ").append(MONTHS[first.get(1) - 1]).append(",\n");
        field(s, "date", r.published().text().replace("..", "/") + (r.publishedInferred() ? "~" : ""));
        if (r.url() != null) field(s, "url", Style.safe(r.url()).replace("%", "\\%").replace("#", "\\#"));
        List<String> notes = CslData.notes(c);
        if (!notes.isEmpty()) field(s, "note", escape(String.join(" ", notes)));
        s.setLength(s.length() - 2); // the last field's comma
        s.append("\n}\n");
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** A citation key of the characters both BibTeX and biber take: {@code ellis-2022:cienfuegos-charges-dropped}. */
    public static String key(String id) {
        StringBuilder k = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            boolean ok = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_' || ch == '.';
            k.append(ok ? ch : ch == '/' ? ':' : '-');
        }
        return k.toString();
    }

    /**
     * TeX's special characters as commands; braces balanced by construction; newlines as spaces; unsafe characters
     * as the visible text \\uXXXX (its backslash escaped in turn).
     */
    static String escape(String raw) {
        String text = Style.safe(raw);
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> s.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> s.append('\\').append(ch);
                case '~' -> s.append("\\textasciitilde{}");
                case '^' -> s.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> s.append(' ');
                default -> s.append(ch);
            }
        }
        return s.toString();
    }

    /** {@code {US-Mexico}}: a word with two capitals or more (an acronym) keeps its case in styles that lower titles. */
    static String protectCapitals(String title) {
        StringBuilder s = new StringBuilder(title.length() + 8);
        for (String word : title.split(" ", -1)) {
            if (s.length() > 0) s.append(' ');
            int capitals = 0;
            for (int i = 0; i < word.length(); i++) {
                if (Character.isUpperCase(word.charAt(i))) capitals++;
            }
            if (capitals >= 2 && word.indexOf('\\') < 0) s.append('{').append(word).append('}');
            else s.append(word);
        }
        return s.toString();
    }
}
