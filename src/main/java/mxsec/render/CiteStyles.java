package mxsec.render;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mxsec.model.Fact;
import mxsec.query.Citations.Citation;

/**
 * {@code cite --style}: each reference's bibliography entry as the CSL style prints it (citeproc-java, from the
 * CSL-JSON of {@link CslData}); a fact adds the in-text citation with its paragraph as the locator, and where in
 * the report it stands. The only code that reaches citeproc-java, so that no other command loads it.
 *
 * <p>An inferred date is CSL's {@code circa}, which each style says its own way (APA "ca. 2024", Chicago
 * "[2024?]", MLA "circa"). CSL knows no inferred author: the names go in square brackets, formatted as the style
 * formats them ({@link #bracketed}).
 */
public final class CiteStyles {
    private CiteStyles() {}

    public static void write(List<Citation> citations, CitationStyle style, PrintWriter out) {
        List<CSLItemData> items = new ArrayList<>();
        List<String[]> brackets = new ArrayList<>();
        for (Citation c : citations) {
            Map<String, Object> item = CslData.item(c);
            String[] bracket = null;
            if (c.report().authorInferred() && !c.report().authors().isEmpty()) {
                bracket = bracketed(c.report().authors(), style);
                item.put("author", List.of(Map.of("literal", bracket[0])));
            }
            brackets.add(bracket);
            items.add(CSLItemData.fromJson(item));
        }
        CSL csl;
        try {
            csl = new CSL(new ListItemDataProvider(items), style.csl);
        } catch (IOException e) {
            throw new UncheckedIOException("the CSL style " + style.csl + " cannot be read", e);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            // One item at a time: two facts of one report are the same work, which a style would tell apart (2024a, 2024b).
            csl.reset();
            csl.setOutputFormat("text"); // reset() sets HTML again
            csl.registerCitationItems(c.id());
            Bibliography b = csl.makeBibliography();
            if (i > 0 && (c.fact() != null || citations.get(i - 1).fact() != null)) s.append('\n');
            s.append(b.getEntries()[0].strip()).append('\n');
            Fact f = c.fact();
            if (f == null) continue;
            if (f.source().paragraph() > 0) {
                CSLCitation cite = new CSLCitation(new CSLCitationItemBuilder(c.id())
                        .locator(String.valueOf(f.source().paragraph())).label(CSLLabel.PARAGRAPH).build());
                String text = csl.makeCitation(cite).get(0).getText().strip();
                String[] bracket = brackets.get(i);
                if (bracket != null) text = text.replace(bracket[0], bracket[1]);
                s.append("  In text: ").append(text).append('\n');
            }
            s.append("  At: ").append(CslData.locator(f)).append('\n');
        }
        out.print(Style.safe(s.toString())); // a corpus's title or author may hold what a terminal should not see raw
    }

    /**
     * The authors in square brackets, {@code {in the bibliography, in the text}}: APA "[Felbab-Brown, V.]" and
     * "[Felbab-Brown]"; Chicago and MLA "[Felbab-Brown, Vanda]". Two authors are joined as the style joins them;
     * from three on, APA lists them all and Chicago and MLA give the first "et al." in the text (MLA in the
     * bibliography too).
     */
    static String[] bracketed(List<String> authors, CitationStyle style) {
        List<String> inverted = new ArrayList<>();
        List<String> families = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            String[] name = CslData.name(authors.get(i));
            families.add(name[0]);
            String given = style == CitationStyle.APA ? initials(name[1]) : name[1];
            if (given.isEmpty()) inverted.add(name[0]);
            else if (i == 0 || style == CitationStyle.APA) inverted.add(name[0] + ", " + given);
            else inverted.add(given + " " + name[0]);
        }
        String and = style == CitationStyle.APA ? "& " : "and ";
        String bib;
        if (inverted.size() == 1) bib = inverted.get(0);
        else if (style == CitationStyle.MLA && inverted.size() > 2) bib = inverted.get(0) + ", et al.";
        else if (inverted.size() == 2 && style != CitationStyle.APA) bib = inverted.get(0) + ", " + and + inverted.get(1);
        else bib = String.join(", ", inverted.subList(0, inverted.size() - 1)) + ", " + and + inverted.get(inverted.size() - 1);
        String text;
        if (families.size() == 1) text = families.get(0);
        else if (families.size() == 2) text = families.get(0) + " " + and + families.get(1);
        else text = families.get(0) + " et al.";
        return new String[] {"[" + bib + "]", "[" + text + "]"};
    }

    /** "R. Evan" as APA gives it: "R. E."; "Jean-Luc" "J.-L.". */
    static String initials(String given) {
        StringBuilder s = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < given.length(); i++) {
            char ch = given.charAt(i);
            if (ch == ' ' || ch == '-') {
                if (ch == '-') s.append('-');
                start = true;
            } else if (start && Character.isLetter(ch)) {
                if (s.length() > 0 && s.charAt(s.length() - 1) != '-') s.append(' ');
                s.append(ch).append('.');
                start = false;
            }
        }
        return s.toString();
    }
}
