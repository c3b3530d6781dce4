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

    BigDecimal number(String key, boolean required) {
        YamlNode n = node(key, required);
        if (n == null) return null;
        if (n instanceof YamlNode.Scalar s
                && (s.type() == YamlNode.Scalar.Type.INTEGER || s.type() == YamlNode.Scalar.Type.DECIMAL)) {
            try {
                return new BigDecimal(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        problems.add(n.location(), "'" + key + "' must be a number, found " + n.describe());
        return null;
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
                problems.add(e.getValue().keyLocation(), "unknown field '" + Ids.printable(key) + "' in " + what
                        + Suggest.didYouMean(key, used));
            }
        }
    }

    void finish() {
        finish(Map.of());
    }
}
