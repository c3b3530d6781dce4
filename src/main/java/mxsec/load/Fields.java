package mxsec.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.FuzzyDate;
import mxsec.model.Location;
import mxsec.text.Suggest;

/**
 * Reads the fields of one YAML mapping with their expected types, reporting every wrong type, missing
 * field and (in {@link #finish}) unknown field to {@link Problems}. Getters return null on a problem.
 */
final class Fields {
    private final YamlNode.Mapping mapping;
    private final Problems problems;
    private final String what;
    private final Set<String> used = new HashSet<>();
    /** Dates repeat a lot (years, months): each text is parsed once. FuzzyDate is immutable. */
    private static final Map<String, FuzzyDate> DATES = new java.util.concurrent.ConcurrentHashMap<>();

    Fields(YamlNode.Mapping mapping, Problems problems, String what) {
        this.mapping = mapping;
        this.problems = problems;
        this.what = what;
    }

    /** Wraps {@code node} when it is a mapping; otherwise reports it and returns null. */
    static Fields of(YamlNode node, Problems problems, String what) {
        if (node instanceof YamlNode.Mapping m) return new Fields(m, problems, what);
        problems.add(node.location(), what + " must be a mapping, found " + node.describe());
        return null;
    }

    Location location() {
        return mapping.location();
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    /** Where the value of {@code key} stands (or the mapping, when absent). */
    Location at(String key) {
        var e = mapping.entries().get(key);
        return e == null ? mapping.location() : e.value().location();
    }

    YamlNode node(String key, boolean required) {
        used.add(key);
        var e = mapping.entries().get(key);
        if (e == null) {
            if (required) problems.add(mapping.location(), what + " is missing required field '" + key + "'");
            return null;
        }
        return e.value();
    }

    private YamlNode.Scalar scalar(String key, boolean required) {
        YamlNode n = node(key, required);
        if (n == null) return null;
        if (n instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL) return s;
        if (n instanceof YamlNode.Scalar) {
            if (required) problems.add(n.location(), "'" + key + "' is empty");
            return null;
        }
        problems.add(n.location(), "'" + key + "' must be a single value, found " + n.describe());
        return null;
    }

    String text(String key, boolean required) {
        YamlNode.Scalar s = scalar(key, required);
        if (s == null) return null;
        String t = s.text().strip();
        if (t.isEmpty()) {
            problems.add(s.location(), "'" + key + "' is empty");
            return null;
        }
        return t;
    }

    /** A slug id: lower-case letters, digits and single hyphens. */
    String id(String key, boolean required) {
        String t = text(key, required);
        if (t == null) return null;
        String tooLong = Ids.lengthProblem(t);
        if (tooLong != null) {
            problems.add(at(key), "'" + key + "' " + tooLong);
            return null;
        }
        if (!Ids.isSlug(t)) {
            problems.add(at(key), "'" + key + "' must be a lower-case slug like 'sinaloa-cartel', found '" + Ids.printable(t) + "'");
            return null;
        }
        return t;
    }

    boolean flag(String key) {
        YamlNode n = node(key, false);
        if (n == null) return false;
        if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        problems.add(n.location(), "'" + key + "' must be true or false, found " + n.describe());
        return false;
    }

    /** Significant digits, decimal places and the magnitude (below 10^MAX_DIGITS) a number may have. */
    static final int MAX_DIGITS = 15, MAX_DECIMALS = 6;
    /** Longer than this, a number's text is refused unread (its digits could be a hundred thousand). */
    private static final int MAX_NUMBER_TEXT = 40;
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /**
     * A number written in decimal, within bounds that every real figure passes (the built-in corpus's largest is
     * 2e11, its finest one decimal place) and that keep its plain form short: a number printed by figures or
     * CSV is at most a few dozen characters.
     */
    BigDecimal number(String key, boolean required) {
        YamlNode n = node(key, required);
        if (n == null) return null;
        if (n instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL && s.type() != YamlNode.Scalar.Type.BOOLEAN) {
            String t = s.text().strip().replace("_", "");
            boolean typed = s.type() != YamlNode.Scalar.Type.STRING;
            String notDecimal = notDecimal(t);
            if (notDecimal != null) {
                problems.add(n.location(), "'" + key + "' must be a number, found " + notDecimal);
                return null;
            }
            if (DECIMAL.matcher(t).matches() && (typed || t.length() > MAX_NUMBER_TEXT)) {
                BigDecimal value = t.length() > MAX_NUMBER_TEXT ? null : new BigDecimal(t);
                if (value != null && value.precision() <= MAX_DIGITS && value.scale() <= MAX_DECIMALS
                        && value.precision() - value.scale() <= MAX_DIGITS) {
                    return value;
                }
                problems.add(n.location(), "'" + key + "' must have at most " + MAX_DIGITS + " significant digits, at most " + MAX_DECIMALS
                        + " after the point, and a magnitude below 1e" + MAX_DIGITS + ", found " + excerpt(t));
                return null;
            }
        }
        problems.add(n.location(), "'" + key + "' must be a number, found " + n.describe());
        return null;
    }

    /**
     * What a number YAML reads but mxsec does not is, for the message: not finite, or not written in decimal
     * (YAML 1.1 reads 0x1F, 017, 0b101 and 1:30 as whole numbers in other bases); null for a decimal.
     */
    static String notDecimal(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String digits = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (digits.equals(".nan") || digits.equals(".inf")) return excerpt(text) + " (not a finite number)";
        String base = digits.startsWith("0x") ? "hexadecimal" : digits.startsWith("0b") ? "binary"
                : digits.startsWith("0o") || digits.length() > 1 && digits.charAt(0) == '0' && digits.indexOf('.') < 0 && digits.indexOf('e') < 0 ? "octal"
                : digits.indexOf(':') >= 0 ? "base-60" : null;
        return base == null ? null : excerpt(text) + ", " + (base.equals("octal") ? "an " : "a ") + base + " literal (write numbers in decimal, without a leading zero)";
    }

    /** A number's text for a message: whole when short, else its start and its length. */
    static String excerpt(String t) {
        return mxsec.text.Lengths.shortened(t, MAX_NUMBER_TEXT);
    }

    FuzzyDate date(String key, boolean required) {
        YamlNode.Scalar s = scalar(key, required);
        if (s == null) return null;
        FuzzyDate known = DATES.get(s.text());
        if (known != null) return known;
        try {
            FuzzyDate d = FuzzyDate.parse(s.text());
            if (DATES.size() < 10_000) DATES.put(s.text(), d);
            return d;
        } catch (IllegalArgumentException e) {
            problems.add(s.location(), "'" + key + "': " + e.getMessage());
            return null;
        }
    }

    /** A list of texts; a single text is not accepted (one obvious way to write each thing). */
    List<String> texts(String key, boolean required) {
        List<YamlNode.Scalar> items = scalars(key, required);
        List<String> out = new ArrayList<>(items.size());
        for (YamlNode.Scalar s : items) {
            String t = s.text().strip();
            if (t.isEmpty()) problems.add(s.location(), "empty entry in '" + key + "'");
            else out.add(t);
        }
        return out;
    }

    /** The scalar items of a list, with their locations. */
    List<YamlNode.Scalar> scalars(String key, boolean required) {
        YamlNode n = node(key, required);
        if (n == null) return List.of();
        if (!(n instanceof YamlNode.Sequence seq)) {
            problems.add(n.location(), "'" + key + "' must be a list ([a, b]), found " + n.describe());
            return List.of();
        }
        if (required && seq.items().isEmpty()) problems.add(n.location(), "'" + key + "' must not be empty");
        List<YamlNode.Scalar> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL) out.add(s);
            else problems.add(item.location(), "entries of '" + key + "' must be single values, found " + item.describe());
        }
        return out;
    }

    /** The items of a list of mappings (or of anything), for the caller to read. */
    List<YamlNode> items(String key, boolean required) {
        YamlNode n = node(key, required);
        if (n == null) return List.of();
        if (n instanceof YamlNode.Sequence seq) return seq.items();
        problems.add(n.location(), "'" + key + "' must be a list, found " + n.describe());
        return List.of();
    }

    /** Reports every field not read, suggesting the nearest known one. {@code elsewhere} names fields of other kinds. */
    void finish(Map<String, String> elsewhere) {
        for (var e : mapping.entries().entrySet()) {
            String key = e.getKey();
            if (used.contains(key)) continue;
            String other = elsewhere.get(key);
            if (other != null) {
                problems.add(e.getValue().keyLocation(), "field '" + key + "' does not apply to " + what + " (it belongs to " + other + ")");
            } else {
                Location at = e.getValue().keyLocation();
                problems.add(at, "unknown field '" + Ids.printable(key) + "' in " + what
                        + (problems.shown(at.file()) ? Suggest.didYouMean(key, used) : ""));
            }
        }
    }

    void finish() {
        finish(Map.of());
    }
}
