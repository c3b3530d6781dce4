package mxsec.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import mxsec.text.UnsafeText;

/**
 * JSON text of the values mxsec renders (maps with string keys, lists, strings, numbers, booleans, null),
 * written exactly as Jackson writes them, compact or with its default pretty printer. Jackson costs ~40 ms
 * of start-up to serialize one answer; {@code -o json | jq} is how scripts call mxsec. {@link #write} returns
 * false for any other value, and the caller hands it to Jackson. {@code JsonTest} compares the two.
 */
final class Json {
    private final StringBuilder out = new StringBuilder(1 << 12);
    private final boolean pretty;
    /** Where the text goes as it grows, a chunk at a time (a 40,000-fact answer is not held twice); null: kept whole. */
    private final java.io.PrintWriter sink;

    private Json(boolean pretty, java.io.PrintWriter sink) {
        this.pretty = pretty;
        this.sink = sink;
    }

    /** The JSON of {@code value}, or null when it holds something other than the types above. */
    static String of(Object value, boolean pretty) {
        Json json = new Json(pretty, null);
        return json.value(value, 0) ? json.out.toString() : null;
    }

    /** Writes the JSON of {@code value} to {@code to} as it goes; false (nothing written) when it holds another type. */
    static boolean write(Object value, boolean pretty, java.io.PrintWriter to) {
        if (!plain(value)) return false;
        Json json = new Json(pretty, to);
        json.value(value, 0);
        to.append(json.out);
        return true;
    }

    /** Whether {@code v} holds only the types above (checked first, so that nothing is written of a value Jackson must write). */
    private static boolean plain(Object v) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String) || !plain(e.getValue())) return false;
            }
            return true;
        }
        if (v instanceof List<?> l) {
            for (Object item : l) if (!plain(item)) return false;
            return true;
        }
        return v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte || v instanceof BigInteger || v instanceof BigDecimal || v instanceof mxsec.model.Decimal;
    }

    private void spill() {
        if (sink != null && out.length() >= 1 << 16) {
            sink.append(out);
            out.setLength(0);
        }
    }

    private boolean value(Object v, int level) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte || v instanceof BigInteger || v instanceof BigDecimal || v instanceof mxsec.model.Decimal) {
            out.append(v); // Jackson writes these with toString()
        } else if (v instanceof Map<?, ?> m) {
            return object(m, level);
        } else if (v instanceof List<?> l) {
            return array(l, level);
        } else {
            return false;
        }
        return true;
    }

    private boolean object(Map<?, ?> m, int level) {
        if (m.isEmpty()) {
            out.append(pretty ? "{ }" : "{}");
            return true;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String key)) return false;
            if (!first) out.append(',');
            first = false;
            if (pretty) newline(level + 1);
            string(key);
            out.append(pretty ? " : " : ":");
            if (!value(e.getValue(), level + 1)) return false;
            spill();
        }
        if (pretty) newline(level);
        out.append('}');
        return true;
    }

    private boolean array(List<?> l, int level) {
        if (l.isEmpty()) {
            out.append(pretty ? "[ ]" : "[]");
            return true;
        }
        out.append(pretty ? "[ " : "[");
        boolean first = true;
        for (Object item : l) {
            if (!first) out.append(pretty ? ", " : ",");
            first = false;
            if (!value(item, level)) return false;
            spill();
        }
        out.append(pretty ? " ]" : "]");
        return true;
    }

    private void newline(int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) out.append("  ");
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Jackson's escaping (quote, backslash and control characters), and as {@link Tabular}'s Jackson is set to
     * escape too: surrogates and the invisible and format characters of {@link UnsafeText} as \\uXXXX, so no
     * such character reaches a terminal through {@code jq} or {@code cat}.
     */
    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
                    else if (escaped(c)) UnsafeText.appendEscape(out, c);
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    /** A char JSON output writes as \\uXXXX beyond Jackson's own: a surrogate (so both halves of a pair) or an unsafe character. */
    static boolean escaped(char c) {
        return c >= 0x7f && (Character.isSurrogate(c) || UnsafeText.kind(c) != null);
    }
}
