package mxsec.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final Problems problems = new Problems();

    private YamlNode read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private YamlNode read(byte[] bytes) {
        return YamlReader.read("x.yaml", bytes, problems);
    }

    private String messages() {
        return String.join("\n", problems.sorted().stream().map(Problems.Problem::toString).toList());
    }

    @Test
    void readsMappingsListsAndScalarsWithTheirPositions() {
        YamlNode root = read("a: 1\nb:\n  - x\n  - 'y'\nc: true\nd: 2.5\ne:\n");
        assertThat(problems.isEmpty()).as(messages()).isTrue();
        var map = (YamlNode.Mapping) root;
        assertThat(map.entries()).containsOnlyKeys("a", "b", "c", "d", "e");
        assertThat(((YamlNode.Scalar) map.entries().get("a").value()).type()).isEqualTo(YamlNode.Scalar.Type.INTEGER);
        var list = (YamlNode.Sequence) map.entries().get("b").value();
        assertThat(list.items().get(1).location().toString()).isEqualTo("x.yaml:4:5");
        assertThat(map.entries().get("c").keyLocation().toString()).isEqualTo("x.yaml:5:1");
        assertThat(((YamlNode.Scalar) map.entries().get("e").value()).type()).isEqualTo(YamlNode.Scalar.Type.NULL);
    }

    @Test
    void aliasBombIsRefusedAtTheFirstAliasWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        long start = System.nanoTime();
        read(bomb.toString());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        assertThat(messages()).contains("x.yaml:1:4: YAML anchors (&a) are not allowed in a corpus")
                .contains("x.yaml:2:8: YAML aliases (*a) are not allowed in a corpus");
    }

    @Test
    void duplicateKeysAreReportedWithBothPlaces() {
        read("id: a\nname: b\nid: c\n");
        assertThat(messages()).isEqualTo("x.yaml:3:1: duplicate key 'id' (first at line 1)");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() {
        byte[] body = "id: a\r\nname: b\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        var map = (YamlNode.Mapping) read(withBom);
        assertThat(problems.isEmpty()).as(messages()).isTrue();
        assertThat(map.entries().get("name").value().location().line()).isEqualTo(2);
    }

    @Test
    void invalidUtf8IsPinpointed() {
        read(new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xFF, '\n'});
        assertThat(messages()).isEqualTo("x.yaml:2:4: invalid UTF-8 (byte 0xFF)");
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefused() {
        read("a: \"red \\e[31m text\"\nb: \"\\u202Eevil\"\n");
        assertThat(messages()).contains("x.yaml:1:4: control character U+001B in text")
                .contains("x.yaml:2:4: bidirectional-override character U+202E in text");
    }

    /** Written as they are, each class is refused at its own line and column (the first of a line), and the file is not parsed. */
    @Test
    void invisibleCharactersWrittenRawArePinpointed() {
        read("a: \"\u202Eevil\"\nb: x\u200By\u200Ez\nc: ab\u200E\nd: \u2028\ne: \uFFF9x\uFFFB\nf: soft\u00ADhyphen\n"
                + "g: tag\uDB40\uDC41s \uFDD0\nh: # comment \u2066\ni: \uD83D\uDE00 \u061C\nj: \uFE0F \u3164\n");
        assertThat(messages()).isEqualTo(String.join("\n",
                "x.yaml:1:5: bidirectional-override character U+202E in text",
                "x.yaml:2:5: zero-width character U+200B in text",
                "x.yaml:3:6: bidirectional-mark character U+200E in text",
                "x.yaml:4:4: line-separator character U+2028 in text",
                "x.yaml:5:4: interlinear-annotation character U+FFF9 in text",
                "x.yaml:6:8: format character U+00AD in text",
                "x.yaml:7:7: format character U+E0041 in text",
                "x.yaml:8:14: bidirectional-override character U+2066 in text",
                "x.yaml:9:6: bidirectional-mark character U+061C in text",
                "x.yaml:10:4: variation-selector character U+FE0F in text"));
    }

    /** Escapes in a double-quoted string (a lone surrogate can only come this way) are refused at their scalar. */
    @Test
    void invisibleCharactersWrittenAsEscapesAreRefused() {
        read("a: ok\nb: \"lone \\uD800 surrogate\"\nc: \"zero\\u200Bwidth\"\nd: \"\\uFEFF\"\ne: \"\\U000E0041\"\nf: \"pair \\uD83D\\uDE00 fine\"\n");
        assertThat(messages()).isEqualTo(String.join("\n",
                "x.yaml:2:4: lone-surrogate character U+D800 in text",
                "x.yaml:3:4: zero-width character U+200B in text",
                "x.yaml:4:4: zero-width character U+FEFF in text",
                "x.yaml:5:4: format character U+E0041 in text"));
    }

    @Test
    void deepNestingIsRefused() {
        read("a: " + "[".repeat(30) + "]".repeat(30) + "\n");
        assertThat(messages()).contains("nested more than 20 levels deep");
    }

    @Test
    void emptyFilesSyntaxErrorsAndSecondDocumentsAreReported() {
        read("   \n");
        assertThat(messages()).isEqualTo("x.yaml:1:1: file is empty");
        Problems p2 = new Problems();
        YamlReader.read("y.yaml", "a: [1, 2\nb: c\n".getBytes(StandardCharsets.UTF_8), p2);
        assertThat(p2.sorted().get(0).toString()).startsWith("y.yaml:2:").contains("invalid YAML");
        Problems p3 = new Problems();
        YamlReader.read("z.yaml", "a: 1\n---\nb: 2\n".getBytes(StandardCharsets.UTF_8), p3);
        assertThat(p3.sorted().get(0).toString()).isEqualTo("z.yaml:3:1: only one YAML document per file");
    }

    @Test
    void oversizedFilesAreRefusedBeforeParsing() {
        byte[] big = new byte[YamlReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        long start = System.nanoTime();
        read(big);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        assertThat(messages()).isEqualTo("x.yaml:1:1: file is larger than the limit of 8 MiB");
    }

    @Test
    void parserMessagesQuotingABadByteNeverCarryItRaw() {
        // Found by fuzzing: SnakeYAML's message for "&" quotes the NUL it met next.
        read("&");
        assertThat(messages()).contains("invalid YAML").contains("\\u0000").doesNotContain("\u0000");
    }

    @Test
    void aForbiddenCharacterIsReportedWhereItStandsNotAtTheStart() {
        read("a: 1\n".repeat(18) + "b: ab\u0000c\n");
        assertThat(messages()).isEqualTo("x.yaml:19:6: control character U+0000 is not allowed in a YAML file");
        Problems others = new Problems();
        // Columns count characters, not bytes or UTF-16 units: the é and the emoji are one column each.
        YamlReader.read("y.yaml", "a: 1\nb: é\uD83D\uDE00\u007F\n".getBytes(StandardCharsets.UTF_8), others);
        assertThat(others.sorted()).extracting(Problems.Problem::toString)
                .containsExactly("y.yaml:2:6: control character U+007F is not allowed in a YAML file");
        Problems noncharacter = new Problems();
        YamlReader.read("z.yaml", "a: 1\r\nb: 2\r\nc: \uFFFE\n".getBytes(StandardCharsets.UTF_8), noncharacter);
        assertThat(noncharacter.sorted()).extracting(Problems.Problem::toString)
                .containsExactly("z.yaml:3:4: noncharacter U+FFFE in text");
    }

    @Test
    void anInvalidByteIsPinpointedOnItsLine() {
        byte[] head = "a: 1\n".repeat(18).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 6);
        System.arraycopy(new byte[] {'b', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}, 0, bytes, head.length, 6);
        read(bytes);
        assertThat(messages()).isEqualTo("x.yaml:19:4: invalid UTF-8 (byte 0xC3)");
    }

    @Test
    void aComplexKeyIsNamedForWhatItIsNotAParserClass() {
        read("a: 1\n? [a, b]\n: 1\n");
        assertThat(messages()).isEqualTo("x.yaml:2:4: invalid YAML: keys must be plain text, found a list");
        Problems mapping = new Problems();
        YamlReader.read("y.yaml", "? {a: b}\n: 1\n".getBytes(StandardCharsets.UTF_8), mapping);
        assertThat(mapping.sorted()).extracting(Problems.Problem::toString)
                .containsExactly("y.yaml:1:4: invalid YAML: keys must be plain text, found a mapping");
    }

    @Test
    void aFileOfTooManyValuesStopsAtTheLimitWithOneMessage() {
        // The limit made small for speed; the fast path and the full parser both stop at it.
        String text = "x:\n" + "- 1\n".repeat(1000);
        assertThat(YamlReader.read("x.yaml", text.getBytes(StandardCharsets.UTF_8), problems, 500)).isNull();
        assertThat(messages()).isEqualTo("x.yaml:500:3: more than 500 YAML values in one file (the limit); split the file");
        Problems flow = new Problems();
        assertThat(YamlReader.read("y.yaml", ("x: [" + "[1], ".repeat(1000) + "1]\n").getBytes(StandardCharsets.UTF_8), flow, 500)).isNull();
        assertThat(flow.sorted()).extracting(Problems.Problem::toString)
                .containsExactly("y.yaml:1:1250: more than 500 YAML values in one file (the limit); split the file");
        Problems under = new Problems();
        assertThat(YamlReader.read("z.yaml", text.getBytes(StandardCharsets.UTF_8), under, 1002)).isNotNull();
        assertThat(under.isEmpty()).isTrue();
    }

    @Test
    void problemsPastTheCapAreCountedNotKept() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) text.append("a: 1\n");
        read(text.toString());
        assertThat(problems.size()).isEqualTo(9_999);
        assertThat(problems.sorted()).hasSize(Problems.PER_FILE);
        assertThat(problems.unshown()).containsExactly(java.util.Map.entry("x.yaml", 9_999 - Problems.PER_FILE));
    }
}
