package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How search reads words: Lucene's tokenizing and folding, two stems, British spellings, stop words. */
class AnalysisTest {
    @Test
    void wordsAreFoldedAndStopWordsOfBothLanguagesGo() {
        assertThat(Analysis.words("The Cártel de Jalisco Nueva Generación's men in MICHOACÁN"))
                .containsExactly("cartel", "jalisco", "nueva", "generacion", "men", "michoacan");
        assertThat(Analysis.words("Mexico’s U.S. partners counted 33,000 killings in 2.5 years"))
                .containsExactly("mexico", "us", "partners", "counted", "33000", "killings", "2.5", "years");
        assertThat(Analysis.words("los de la y el")).isEmpty();
        assertThat(Analysis.words(null)).isEmpty();
    }

    @Test
    void englishWordFormsShareAStem() {
        assertThat(Analysis.english("demobilized")).isEqualTo(Analysis.english("demobilization"));
        assertThat(Analysis.english("extradite")).isEqualTo(Analysis.english("extradition"));
        assertThat(Analysis.english("killings")).isEqualTo(Analysis.english("killed"));
        assertThat(Analysis.english("cartels")).isEqualTo(Analysis.english("cartel"));
        assertThat(Analysis.english("police")).isNotEqualTo(Analysis.english("policy"));
    }

    @Test
    void spanishWordFormsShareAStem() {
        assertThat(Analysis.spanish("autodefensas")).isEqualTo(Analysis.spanish("autodefensa"));
        assertThat(Analysis.spanish("comunitarias")).isEqualTo(Analysis.spanish("comunitarios"));
        assertThat(Analysis.spanish("plazas")).isEqualTo(Analysis.spanish("plaza"));
        assertThat(Analysis.spanish("desaparecidos")).isEqualTo(Analysis.spanish("desaparecida"));
    }

    @Test
    void britishSpellingsMeetTheirAmericanForms() {
        assertThat(Analysis.english("defence")).isEqualTo(Analysis.english("defense"));
        assertThat(Analysis.english("organisation")).isEqualTo(Analysis.english("organization"));
        assertThat(Analysis.english("militarised")).isEqualTo(Analysis.english("militarized"));
        assertThat(Analysis.english("labour")).isEqualTo(Analysis.english("labor"));
        assertThat(Analysis.english("travelled")).isEqualTo(Analysis.english("traveled"));
        assertThat(Analysis.english("centre")).isEqualTo(Analysis.english("center"));
        assertThat(Analysis.english("advisor")).isEqualTo(Analysis.english("adviser"));
        assertThat(Analysis.english("programme")).isEqualTo(Analysis.english("program"));
        // -ise words that are the same on both sides stay as they are
        assertThat(Spellings.american("compromise")).isEqualTo("compromise");
        assertThat(Spellings.american("otherwise")).isEqualTo("otherwise");
        assertThat(Spellings.american("enterprises")).isEqualTo("enterprises");
        assertThat(Spellings.american("arise")).isEqualTo("arise");
        assertThat(Spellings.american("hour")).isEqualTo("hour");
    }

    @Test
    void numbersAreLeftAsTheyAre() {
        assertThat(Analysis.english("2018")).isEqualTo("2018");
        assertThat(Analysis.spanish("245")).isEqualTo("245");
    }
}
