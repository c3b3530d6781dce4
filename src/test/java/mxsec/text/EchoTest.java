package mxsec.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {
    @Test
    void whatATerminalWouldActOnIsEscaped() {
        assertThat(Echo.quote("\u001b[31mPWN")).isEqualTo("'\\u001B[31mPWN'");
        assertThat(Echo.quote("a\nmxsec: forged")).isEqualTo("'a\\u000Amxsec: forged'");
        assertThat(Echo.quote("x\u202ey\u200bz\u2028\u061c\ufff9\u0085\u009b")).isEqualTo("'x\\u202Ey\\u200Bz\\u2028\\u061C\\uFFF9\\u0085\\u009B'");
        assertThat(Echo.quote("lone \ud800 and \udc00")).isEqualTo("'lone \\uD800 and \\uDC00'");
    }

    @Test
    void ordinaryTextIsKept() {
        assertThat(Echo.quote("Joaquín \"El Chapo\" Guzmán")).isEqualTo("'Joaquín \"El Chapo\" Guzmán'");
        assertThat(Echo.quote("emoji \ud83d\ude00 stays")).isEqualTo("'emoji \ud83d\ude00 stays'");
        assertThat(Echo.quote("")).isEqualTo("''");
    }

    @Test
    void aLongArgumentIsShownByItsStartAndLength() {
        String typed = "x".repeat(131_000);
        assertThat(Echo.quote(typed)).isEqualTo("'" + "x".repeat(40) + "…' (131,000 characters)");
        assertThat(Echo.quote("y".repeat(80))).isEqualTo("'" + "y".repeat(80) + "'");
        // Never cut inside a surrogate pair.
        String emoji = "\ud83d\ude00".repeat(100);
        assertThat(Echo.quote(emoji)).isEqualTo("'" + "\ud83d\ude00".repeat(20) + "…' (200 characters)");
    }
}
