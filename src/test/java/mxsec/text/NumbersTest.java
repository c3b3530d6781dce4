package mxsec.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void readsDigitsScalesAndWords() {
        assertThat(Numbers.textGives("some 80,000 Mexicans", new BigDecimal("80000"))).isTrue();
        assertThat(Numbers.textGives("at least $3 billion a year", new BigDecimal("3000000000"))).isTrue();
        assertThat(Numbers.textGives("at least $3 billion a year", new BigDecimal("3"))).isTrue();
        assertThat(Numbers.textGives("a rate of 22.5 per 100,000", new BigDecimal("22.50"))).isTrue();
        assertThat(Numbers.textGives("fifteen officers", new BigDecimal("15"))).isTrue();
        assertThat(Numbers.textGives("twenty-five thousand police", new BigDecimal("25000"))).isTrue();
        assertThat(Numbers.textGives("twenty-five thousand police", new BigDecimal("20000"))).isFalse();
        assertThat(Numbers.textGives("in 2019", new BigDecimal("2018"))).isFalse();
        // A vague plural gives the floor its words imply: hundreds are at least two hundred, tens at least twenty.
        assertThat(Numbers.textGives("hundreds of millions of dollars", new BigDecimal("200000000"))).isTrue();
        assertThat(Numbers.textGives("hundreds of millions of dollars", new BigDecimal("100000000"))).isFalse();
        assertThat(Numbers.textGives("tens of thousands of deaths", new BigDecimal("20000"))).isTrue();
        assertThat(Numbers.textGives("Hundreds more", new BigDecimal("200"))).isTrue();
        assertThat(Numbers.textGives("a quarter of all homicides", new BigDecimal("25"))).isTrue();
        assertThat(Numbers.textGives("perhaps 1/3 of its Senate", new BigDecimal("33.3"))).isTrue();
        assertThat(Numbers.textGives("perhaps 1/3 of its Senate", new BigDecimal("0.33"))).isTrue();
    }

    @Test
    void findsWhereAFiguresNumberBeginsAfterItsBoundWords() {
        assertThat(Numbers.numberStart("more than three hundred")).isEqualTo(10);
        assertThat(Numbers.numberStart("usd $80 million")).isEqualTo(5);
        assertThat(Numbers.numberStart("hundreds of thousands")).isZero();
        assertThat(Numbers.numberStart("some half")).isEqualTo(5);
        assertThat(Numbers.numberStart("nothing here")).isEqualTo(-1);
    }

    @Test
    void findsDigitFiguresWithThousandsSeparators() {
        assertThat(Numbers.digitsIn("From 1,500 to 2,000.5 and 3"))
                .containsExactly(new BigDecimal("1500"), new BigDecimal("2000.5"), new BigDecimal("3"));
    }
}
