package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our JSON writer gives Jackson's text, byte for byte, compact and pretty; other values go to Jackson. */
class JsonTest {
    private static final String[] TEXTS = {"", "a", "Guerrero", "Michoac\u00e1n", "quote \" and \\ back", "line\nbreak\ttab\r",
        "\u0000\u0001\u001b[31m\u001f", "\u007f\u0080\u2028\u2029", "emoji \ud83d\ude00", "</script>", "caf\u00e9 / slash"};

    private static Object random(Random r, int depth) {
        int pick = r.nextInt(depth > 3 ? 6 : 8);
        return switch (pick) {
            case 0 -> null;
            case 1 -> TEXTS[r.nextInt(TEXTS.length)];
            case 2 -> r.nextInt(2000) - 1000;
            case 3 -> r.nextBoolean();
            case 4 -> new BigDecimal(List.of("0", "1.50", "-2.5E+3", "1E+3", "123456789.987654321", "0.000001").get(r.nextInt(6)));
            case 5 -> (long) r.nextInt() * 1000L;
            case 6 -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) m.put(TEXTS[r.nextInt(TEXTS.length)] + i, random(r, depth + 1));
                yield m;
            }
            default -> {
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) l.add(random(r, depth + 1));
                yield l;
            }
        };
    }

    @Test
    void writesWhatJacksonWrites() {
        Random r = new Random(7);
        for (int n = 0; n < 3000; n++) {
            Object value = random(r, 0);
            for (boolean pretty : new boolean[] {true, false}) {
                assertThat(Json.of(value, pretty)).as("%s (pretty: %s)", value, pretty).isEqualTo(Tabular.jackson(value, pretty));
            }
        }
    }

    @Test
    void leavesOtherValuesToJackson() {
        assertThat(Json.of(List.of(1.5d), true)).isNull();
        assertThat(Json.of(Map.of(1, "a"), false)).isNull();
        assertThat(Json.of(new Object(), false)).isNull();
        java.io.StringWriter s = new java.io.StringWriter();
        Tabular.writeJson(List.of(1.5d, Map.of("a", 'c')), new java.io.PrintWriter(s, true), false);
        assertThat(s.toString()).isEqualTo("[1.5,{\"a\":\"c\"}]\n");
    }
}
