package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StyleTest {
    @Test
    void textForATerminalHasControlsAndBidiOverridesEscaped() {
        assertThat(Style.safe("red \u001b[31m text")).isEqualTo("red \\u001B[31m text");
        assertThat(Style.safe("\u202eevil\u2066")).isEqualTo("\\u202Eevil\\u2066");
        assertThat(Style.safe("bell\u0007 and \u009b")).isEqualTo("bell\\u0007 and \\u009B");
        assertThat(Style.safe("line\nbreak\ttab Michoacán")).isEqualTo("line\nbreak\ttab Michoacán");
    }

    @Test
    void colourOnlyWhenAsked() {
        assertThat(new Style(false, 80).bold("x")).isEqualTo("x");
        assertThat(new Style(true, 80).bold("x")).isEqualTo("\u001b[1mx\u001b[0m");
        assertThat(new Style(false, 80, false).pick("\u2500", "-")).isEqualTo("-");
    }
}
