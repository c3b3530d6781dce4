package mxsec.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mxsec.model.Location;

/** Collects every problem of a run, so the user sees them all at once, in file and line order. */
public final class Problems {
    /** One problem: where, and what. */
    public record Problem(Location location, String message) {
        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    private final List<Problem> list = new ArrayList<>();

    /** Control characters in a message (a parser may quote the bad byte) are shown escaped, never sent raw. */
    public void add(Location location, String message) {
        StringBuilder safe = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069');
            safe.append(control ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        list.add(new Problem(location, safe.toString()));
    }

    /** Appends {@code other}'s problems, in their order (already made safe by {@link #add}). */
    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Problem p) -> p.location().file())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return copy;
    }
}
