package mxsec.render;

import java.io.PrintWriter;
import java.util.List;
import mxsec.model.Report;
import mxsec.query.Citations.Citation;

/**
 * {@code cite -o ris}: RIS as its specification writes it, {@code XX  - value} lines ended by CRLF, each record
 * opened by {@code TY} and closed by {@code ER  - }. {@code JOUR} (journal in {@code T2}), {@code RPRT} (publisher
 * in {@code PB}), {@code ELEC} for a commentary (web site in {@code T2}, as Zotero and EndNote read it); {@code PY}
 * the year, {@code DA} the date ({@code YYYY/MM/DD/}); each of {@link CslData#notes} an {@code N1}, which reference
 * managers import as a note attached to the item.
 */
public final class Ris {
    private static final String EOL = "\r\n";

    private Ris() {}

    public static void write(List<Citation> citations, PrintWriter out) {
        StringBuilder s = new StringBuilder();
        for (Citation c : citations) record(c, s);
        out.print(s);
    }

    private static void record(Citation c, StringBuilder s) {
        Report r = c.report();
        String type = switch (r.kind()) {
            case "journal-article" -> "JOUR";
            case "report" -> "RPRT";
            default -> "ELEC";
        };
        tag(s, "TY", type);
        tag(s, "ID", c.id());
        for (String a : r.authors()) {
            String[] name = CslData.name(a);
            tag(s, "AU", name[1].isEmpty() ? name[0] : name[0] + ", " + name[1]);
        }
        tag(s, "TI", r.title());
        List<Integer> first = CslData.dateParts(r.published()).get(0);
        tag(s, "PY", String.valueOf(first.get(0)));
        tag(s, "DA", first.get(0) + "/" + two(first, 1) + "/" + two(first, 2) + "/");
        String outlet = CslData.publisher(r);
        if (outlet != null) tag(s, type.equals("RPRT") ? "PB" : "T2", outlet);
        if (r.url() != null) tag(s, "UR", r.url());
        for (String note : CslData.notes(c)) tag(s, "N1", note);
        tag(s, "ER", "");
    }

    private static String two(List<Integer> parts, int i) {
        if (parts.size() <= i) return "";
        int n = parts.get(i);
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** One line: a value never breaks the record (a newline in it becomes a space). */
    private static void tag(StringBuilder s, String tag, String value) {
        s.append(tag).append("  - ").append(Style.safe(value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '))).append(EOL);
    }
}
