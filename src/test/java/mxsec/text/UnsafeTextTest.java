package mxsec.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeTextTest {
    @Test
    void eachClassHasItsName() {
        assertThat(UnsafeText.kind('a')).isNull();
        assertThat(UnsafeText.kind('\n')).isNull();
        assertThat(UnsafeText.kind('\t')).isNull();
        assertThat(UnsafeText.kind('\u00e9')).isNull();
        assertThat(UnsafeText.kind('\u00a0')).isNull(); // a no-break space is visible as a space
        assertThat(UnsafeText.kind(0x1F600)).isNull();
        assertThat(UnsafeText.kind('\r')).isEqualTo("control");
        assertThat(UnsafeText.kind(0x85)).isEqualTo("control");
        assertThat(UnsafeText.kind(0x202E)).isEqualTo("bidirectional-override");
        assertThat(UnsafeText.kind(0x2069)).isEqualTo("bidirectional-override");
        assertThat(UnsafeText.kind(0x061C)).isEqualTo("bidirectional-mark");
        assertThat(UnsafeText.kind(0x200D)).isEqualTo("zero-width");
        assertThat(UnsafeText.kind(0x2060)).isEqualTo("zero-width");
        assertThat(UnsafeText.kind(0xFEFF)).isEqualTo("zero-width");
        assertThat(UnsafeText.kind(0x2029)).isEqualTo("paragraph-separator");
        assertThat(UnsafeText.kind(0xFFFB)).isEqualTo("interlinear-annotation");
        assertThat(UnsafeText.kind(0xDC00)).isEqualTo("lone-surrogate");
        assertThat(UnsafeText.kind(0xFDD0)).isEqualTo("noncharacter");
        assertThat(UnsafeText.kind(0x10FFFF)).isEqualTo("noncharacter");
        assertThat(UnsafeText.kind(0xE0100)).isEqualTo("variation-selector");
        assertThat(UnsafeText.kind(0x3164)).isEqualTo("invisible-filler");
        assertThat(UnsafeText.kind(0xE0001)).isEqualTo("format");
        assertThat(UnsafeText.kind(0x2062)).isEqualTo("format");
        assertThat(UnsafeText.problem(0x200B)).isEqualTo("zero-width character U+200B in text");
    }

    @Test
    void escapingKeepsPairsAndLinesAndShowsTheRest() {
        assertThat(UnsafeText.escape("plain \u00e9t\u00e9 \uD83D\uDE00", true)).isEqualTo("plain \u00e9t\u00e9 \uD83D\uDE00");
        assertThat(UnsafeText.escape("a\u200Bb\nc\td", true)).isEqualTo("a\\u200Bb\nc\td");
        assertThat(UnsafeText.escape("a\u200Bb\nc\td", false)).isEqualTo("a\\u200Bb\\u000Ac\\u0009d");
        // A tag character is a pair, escaped as both halves; a lone half on its own, either way round.
        assertThat(UnsafeText.escape("x\uDB40\uDC41y", true)).isEqualTo("x\\uDB40\\uDC41y");
        assertThat(UnsafeText.escape("\uDE00\uD83D", true)).isEqualTo("\\uDE00\\uD83D");
        assertThat(UnsafeText.escape("end\uD800", true)).isEqualTo("end\\uD800");
        assertThat(UnsafeText.firstUnsafe("ok \uD83D\uDE00 \u2028")).isEqualTo(6);
        assertThat(UnsafeText.firstUnsafe("all fine")).isEqualTo(-1);
    }
}
