package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

/** What {@link BibTex} escapes reads back, through a BibTeX parser and its LaTeX reader, as the text it was. */
class BibTexTest {
    private static String readBack(String field) throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader("@misc{k, title = {" + field + "}}"));
        return new LaTeXPrinter().print(new LaTeXParser().parse(db.resolveEntry(new Key("k")).getField(BibTeXEntry.KEY_TITLE).toUserString()));
    }

    @Test
    void specialCharactersReadBackAsTheyWere() throws Exception {
        String tricky = "50% of $5 & #1 a_b {x} Señor “quoted”";
        assertThat(BibTex.escape(tricky)).isEqualTo("50\\% of \\$5 \\& \\#1 a\\_b \\{x\\} Señor “quoted”");
        assertThat(readBack(BibTex.escape(tricky))).isEqualTo(tricky);
        // unbalanced braces would end the field early: escaped, the field still parses whole
        assertThat(readBack(BibTex.escape("a } b { c"))).isEqualTo("a } b { c");
        assertThat(BibTex.escape("back\\slash ~ ^")).isEqualTo("back\\textbackslash{}slash \\textasciitilde{} \\textasciicircum{}");
    }

    @Test
    void acronymsAreBracedAndKeysKeepToSafeCharacters() {
        assertThat(BibTex.protectCapitals("Prospects for US-Mexico Security (Part I)")).isEqualTo("Prospects for {US-Mexico} Security (Part I)");
        assertThat(BibTex.key("ellis-2022/cienfuegos-charges-dropped")).isEqualTo("ellis-2022:cienfuegos-charges-dropped");
        assertThat(BibTex.key("a b,c{d}")).isEqualTo("a-b-c-d-");
    }
}
