package mxsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Decimal} must answer as BigDecimal does, on the text forms figures take and on the ones they might. */
class DecimalTest {
    private static final List<String> NUMBERS = numbers();

    /** Edge cases, then random ones: signs, zeros, leading and trailing zeros, long digits, exponents. */
    private static List<String> numbers() {
        List<String> out = new ArrayList<>(List.of("0", "0.0", "-0", "00", "1", "-1", "80", "80.0", "080", "0.5", ".5",
                "5.", "0.05", "0.50", "22.5", "22.50", "-22.5", "1000000000", "3000000000.00", "123456789012345678",
                "9223372036854775807", "92233720368547758070", "1E+3", "1.5E+9", "2E-7", "-4E+2", "0.000001"));
        Random random = new Random(9);
        for (int i = 0; i < 400; i++) {
            BigDecimal b = BigDecimal.valueOf(random.nextLong() % 1_000_000_000L, random.nextInt(8) - 1);
            if (random.nextInt(6) == 0) b = b.multiply(BigDecimal.TEN.pow(random.nextInt(14)));
            out.add(random.nextBoolean() ? b.toString() : b.toPlainString());
        }
        return out;
    }

    @Test
    void comparesAsBigDecimalDoes() {
        for (String a : NUMBERS) {
            for (String b : NUMBERS) {
                assertThat(Decimal.compare(a, b)).as("%s vs %s", a, b)
                        .isEqualTo(new BigDecimal(a).compareTo(new BigDecimal(b)));
            }
        }
    }

    @Test
    void proportionRoundsHalvesAwayFromZeroAsBigDecimalDoes() {
        for (String value : NUMBERS) {
            for (String max : NUMBERS) {
                if (new BigDecimal(max).signum() == 0) continue;
                for (int scale : new int[] {1, 7, 50}) {
                    BigDecimal expected = new BigDecimal(value).multiply(BigDecimal.valueOf(scale))
                            .divide(new BigDecimal(max), 0, RoundingMode.HALF_UP);
                    if (expected.toBigInteger().bitLength() > 63) continue;
                    assertThat(Decimal.proportion(value, max, scale)).as("%s x %d / %s", value, scale, max)
                            .isEqualTo(expected.longValueExact());
                }
            }
        }
        assertThat(Decimal.proportion("1", "4", 50)).isEqualTo(13); // 12.5 rounds up
        assertThat(Decimal.proportion("12.5", "100", 50)).isEqualTo(6); // 6.25
        assertThat(Decimal.proportion("13.9", "100", 50)).isEqualTo(7); // 6.95
    }

    @Test
    void readsAndWritesNumbersAsBigDecimalDoes() {
        for (String n : NUMBERS) {
            BigDecimal b = new BigDecimal(n);
            Decimal d = Decimal.parse(n);
            assertThat(d.toString()).as(n).isEqualTo(b.toString());
            assertThat(d.toPlainString()).as(n).isEqualTo(b.toPlainString());
            assertThat(d.signum()).as(n).isEqualTo(b.signum());
            assertThat(d.doubleValue()).as(n).isEqualTo(b.doubleValue());
            assertThat(Decimal.of(b).toString()).as(n).isEqualTo(b.toString());
            assertThat(Decimal.of(b)).as(n).isEqualTo(Decimal.parse(b.toString())).hasSameHashCodeAs(Decimal.parse(b.toString()));
        }
        assertThat(Decimal.parse("80")).isNotEqualTo(Decimal.parse("80.0")).isEqualByComparingTo(Decimal.parse("80.0"));
    }

    /** Programs get the number as BigDecimal would have given it: JSON, YAML, CSV. */
    @Test
    void isWrittenAsTheNumberItIs() {
        for (String n : List.of("80", "-22.50", "3000000000", "0.05", "1E+3")) {
            assertThat(json(Decimal.parse(n))).as(n).isEqualTo(json(new BigDecimal(n)));
            assertThat(yaml(Decimal.parse(n))).as(n).isEqualTo(yaml(new BigDecimal(n)));
            assertThat(mxsec.render.Tabular.flat(Decimal.parse(n))).as(n).isEqualTo(mxsec.render.Tabular.flat(new BigDecimal(n)));
        }
        assertThat(json(Decimal.parse("-22.50"))).isEqualTo("{\"value\":-22.50}\n");
    }

    private static String json(Object number) {
        java.io.StringWriter out = new java.io.StringWriter();
        mxsec.render.Tabular.writeJson(java.util.Map.of("value", number), new java.io.PrintWriter(out, true), false);
        return out.toString();
    }

    private static String yaml(Object number) {
        java.io.StringWriter out = new java.io.StringWriter();
        mxsec.render.Tabular.writeYaml(java.util.Map.of("value", number), new java.io.PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void refusesAZeroMaximumAndWhatIsNoNumber() {
        assertThatThrownBy(() -> Decimal.proportion("5", "0.00", 50)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Decimal.compare("5", "five")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Decimal.compare("1.2.3", "1")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Decimal.parse("1,000")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Decimal.parse("-")).isInstanceOf(NumberFormatException.class);
    }
}
