package mxsec.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two figures of one point contradict only when their bounds cannot both hold. */
class FigureBoundsTest {
    private static Fact.Statistic figure(Bound bound, String... numbers) {
        return Statistics.of(bound, numbers);
    }

    @Test
    void boundsThatOverlapAreCompatibleAndThoseThatDoNotAreNot() {
        assertThat(figure(Bound.AT_MOST, "245").compatibleWith(figure(Bound.MORE_THAN, "300"))).isFalse();
        assertThat(figure(Bound.MORE_THAN, "300").compatibleWith(figure(Bound.AT_MOST, "245"))).isFalse();
        assertThat(figure(Bound.AT_MOST, "300").compatibleWith(figure(Bound.MORE_THAN, "245"))).isTrue();
        assertThat(figure(Bound.EXACT, "300").compatibleWith(figure(Bound.EXACT, "301"))).isFalse();
        assertThat(figure(Bound.EXACT, "300").compatibleWith(figure(Bound.EXACT, "300.0"))).isTrue();
        // Open ends: "more than 300" excludes 300, "at least 300" does not.
        assertThat(figure(Bound.EXACT, "300").compatibleWith(figure(Bound.MORE_THAN, "300"))).isFalse();
        assertThat(figure(Bound.EXACT, "300").compatibleWith(figure(Bound.AT_LEAST, "300"))).isTrue();
        assertThat(figure(Bound.LESS_THAN, "300").compatibleWith(figure(Bound.EXACT, "300"))).isFalse();
        assertThat(figure(Bound.AT_MOST, "300").compatibleWith(figure(Bound.EXACT, "300"))).isTrue();
        // About: 10% either side.
        assertThat(figure(Bound.ABOUT, "80").compatibleWith(figure(Bound.ABOUT, "85"))).isTrue();
        assertThat(figure(Bound.ABOUT, "80").compatibleWith(figure(Bound.EXACT, "88"))).isTrue();
        assertThat(figure(Bound.ABOUT, "80").compatibleWith(figure(Bound.EXACT, "89"))).isFalse();
        // Ranges and vague floors.
        assertThat(figure(Bound.RANGE, "6000", "8000").compatibleWith(figure(Bound.EXACT, "7000"))).isTrue();
        assertThat(figure(Bound.RANGE, "6000", "8000").compatibleWith(figure(Bound.MORE_THAN, "8000"))).isFalse();
        assertThat(figure(Bound.VAGUE, "200000").compatibleWith(figure(Bound.EXACT, "150000"))).isFalse();
        assertThat(figure(Bound.VAGUE, "200000").compatibleWith(figure(Bound.EXACT, "500000"))).isTrue();
    }

    @Test
    void aChartDrawsToTheValueElseTheFloorElseTheCeiling() {
        assertThat(figure(Bound.ABOUT, "80").anchor()).isEqualTo(Decimal.parse("80"));
        assertThat(figure(Bound.MORE_THAN, "300").anchor()).isEqualTo(Decimal.parse("300"));
        assertThat(figure(Bound.AT_MOST, "245").anchor()).isEqualTo(Decimal.parse("245"));
        assertThat(figure(Bound.RANGE, "3", "5").anchor()).isEqualTo(Decimal.parse("3"));
    }
}
