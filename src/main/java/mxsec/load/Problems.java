package mxsec.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mxsec.model.Location;
import mxsec.text.UnsafeText;

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

    /** Unsafe characters in a message ({@link UnsafeText}: a parser may quote the bad byte) are shown escaped, never sent raw. */
    public void add(Location location, String message) {
        list.add(new Problem(location, UnsafeText.escape(message, false)));
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
