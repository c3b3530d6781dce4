package mxsec.load;

import java.util.List;
import java.util.Map;
import mxsec.model.Location;

/** A parsed YAML value that remembers where it stood, so every later error can point at it. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
    Location location();

    /** What the node is, for "expected a list, found a mapping". */
    String describe();

    /** A scalar: its text as written, and what YAML made of it. */
    record Scalar(String text, Type type, Location location) implements YamlNode {
        public enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "text";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "nothing (null)";
            };
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping in document order; each value is paired with the location of its key. */
    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        public record Entry(Location keyLocation, YamlNode value) {}

        @Override
        public String describe() {
            return "a mapping";
        }
    }
}
