package mxsec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Decimals} must answer as BigDecimal does, on the text forms figures take and on the ones they might. */
class DecimalsTest {
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
                assertThat(Decimals.compare(a, b)).as("%s vs %s", a, b)
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
                    assertThat(Decimals.proportion(value, max, scale)).as("%s x %d / %s", value, scale, max)
                            .isEqualTo(expected.longValueExact());
                }
            }
        }
        assertThat(Decimals.proportion("1", "4", 50)).isEqualTo(13); // 12.5 rounds up
        assertThat(Decimals.proportion("12.5", "100", 50)).isEqualTo(6); // 6.25
        assertThat(Decimals.proportion("13.9", "100", 50)).isEqualTo(7); // 6.95
    }

    @Test
    void refusesAZeroMaximumAndWhatIsNoNumber() {
        assertThatThrownBy(() -> Decimals.proportion("5", "0.00", 50)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Decimals.compare("5", "five")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Decimals.compare("1.2.3", "1")).isInstanceOf(NumberFormatException.class);
    }
}
