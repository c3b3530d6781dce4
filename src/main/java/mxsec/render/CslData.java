package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mxsec.model.Fact;
import mxsec.model.FuzzyDate;
import mxsec.model.Report;
import mxsec.query.Citations.Citation;

/**
 * A reference as CSL-JSON (the Citation Style Language's input data: {@code cite -o csl-json}, and what the text
 * styles feed the CSL processor), and the parts the BibTeX and RIS writers share: names, publisher, notes.
 * docs/citing.md says which field carries what.
 */
public final class CslData {
    private CslData() {}

    /** {@code cite -o csl-json}: an array of items, in the references' order. */
    public static void write(List<Citation> citations, PrintWriter out) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Citation c : citations) items.add(item(c));
        Tabular.writeJson(items, out, true);
    }

    /**
     * The CSL item: type {@code article-journal}, {@code webpage} or {@code report}; the outlet as
     * {@code container-title} (journal, web site) or {@code publisher} (report); {@code issued} as date-parts, with
     * {@code circa} when the date is inferred; what CSL has no field for (an inferred author, a fact's locator and
     * summary) in {@code note}.
     */
    public static Map<String, Object> item(Citation c) {
        Report r = c.report();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", c.id());
        item.put("type", switch (r.kind()) {
            case "journal-article" -> "article-journal";
            case "report" -> "report";
            default -> "webpage";
        });
        item.put("title", r.title());
        List<Map<String, Object>> authors = new ArrayList<>();
        for (String a : r.authors()) {
            String[] name = name(a);
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("family", name[0]);
            if (!name[1].isEmpty()) n.put("given", name[1]);
            authors.add(n);
        }
        if (!authors.isEmpty()) item.put("author", authors);
        Map<String, Object> issued = new LinkedHashMap<>();
        issued.put("date-parts", dateParts(r.published()));
        if (r.publishedInferred()) issued.put("circa", true);
        item.put("issued", issued);
        String outlet = publisher(r);
        if (outlet != null) item.put(r.kind().equals("report") ? "publisher" : "container-title", outlet);
        if (r.url() != null) item.put("URL", r.url());
        List<String> notes = notes(c);
        if (!notes.isEmpty()) item.put("note", String.join("\n", notes));
        return item;
    }

    /** {@code [[2024, 11]]}, {@code [[2018, 3, 2]]}; a range as its two ends. */
    static List<List<Integer>> dateParts(FuzzyDate d) {
        String text = d.text();
        int dots = text.indexOf("..");
        List<List<Integer>> parts = new ArrayList<>();
        if (dots < 0) {
            parts.add(parts(text));
        } else {
            parts.add(parts(text.substring(0, dots)));
            parts.add(parts(text.substring(dots + 2)));
        }
        return parts;
    }

    /** The year, month and day a date gives (YYYY, YYYY-MM or YYYY-MM-DD, as {@link FuzzyDate} reads them). */
    static List<Integer> parts(String date) {
        List<Integer> parts = new ArrayList<>();
        for (String p : date.strip().split("-")) parts.add(Integer.parseInt(p));
        return parts;
    }

    /**
     * {family, given} of a name as the corpus writes it ("R. Evan Ellis"): the last word is the family name. An
     * author of one word is all family name (given empty).
     */
    public static String[] name(String author) {
        String a = author.strip();
        int space = a.lastIndexOf(' ');
        return space < 0 ? new String[] {a, ""} : new String[] {a.substring(space + 1), a.substring(0, space).strip()};
    }

    /** The outlet, or null when the corpus says it is unknown ("unknown (reposted; ...)"): never printed as a name. */
    public static String publisher(Report r) {
        String p = r.publisher();
        if (p == null || p.isBlank() || p.strip().toLowerCase(Locale.ROOT).startsWith("unknown")) return null;
        return p.strip();
    }

    /**
     * What no citation field holds, one sentence each: an inferred author, an inferred date, and for a fact where it
     * stands and what it says (our summary, not the report's words).
     */
    public static List<String> notes(Citation c) {
        Report r = c.report();
        List<String> notes = new ArrayList<>();
        if (r.authorInferred()) notes.add("Author inferred: the report does not print it.");
        if (r.publishedInferred()) notes.add("Date inferred (" + r.published().text() + "): the report does not print it.");
        Fact f = c.fact();
        if (f != null) {
            notes.add("Cited at " + locator(f) + ".");
            notes.add("mxsec summary: " + f.summary().strip());
        }
        return notes;
    }

    /** {@code section “State by State”, ¶8 “The Gulf-facing state of Veracruz is”} (see {@link mxsec.model.Source}). */
    public static String locator(Fact f) {
        return (f.source().section() == null ? "" : "section ") + f.source();
    }
}
