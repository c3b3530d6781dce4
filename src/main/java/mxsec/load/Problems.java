package mxsec.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mxsec.model.Location;
import mxsec.text.UnsafeText;

/**
 * Collects the problems of a run, so the user sees them at once, in file and line order. Only the first
 * {@link #PER_FILE} of a file and {@link #PER_RUN} of a run are kept; the others are only counted, so a file
 * of a million mistakes costs a counter, not a million messages (and callers skip the costly parts of a
 * message, such as "did you mean", once {@link #shown} says it would be dropped).
 */
public final class Problems {
    public static final int PER_FILE = 20;
    public static final int PER_RUN = 100;

    /** One problem: where, and what. */
    public record Problem(Location location, String message) {
        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    private final List<Problem> list = new ArrayList<>();
    /** Problems found per file (shown or not), in the order files first had one. */
    private final Map<String, int[]> found = new LinkedHashMap<>();
    private int total;
    /** The problems kept past the caps (see {@link #addStop}). */
    private final java.util.Set<Problem> stops = new java.util.HashSet<>();

    /** Unsafe characters in a message ({@link UnsafeText}: a parser may quote the bad byte) are shown escaped, never sent raw. */
    public void add(Location location, String message) {
        add(location, message, false);
    }

    /** A limit that stopped the reading of a file: kept past the caps, since it says why the rest is unread. */
    public void addStop(Location location, String message) {
        add(location, message, true);
    }

    private void add(Location location, String message, boolean always) {
        int[] inFile = counts(location.file());
        inFile[0]++;
        total++;
        if (!always && (inFile[1] >= PER_FILE || list.size() >= PER_RUN)) return;
        inFile[1]++;
        Problem problem = new Problem(location, UnsafeText.escape(message, false));
        list.add(problem);
        if (always) stops.add(problem);
    }

    /** {found, kept} for {@code file}. */
    private int[] counts(String file) {
        int[] inFile = found.get(file);
        if (inFile == null) {
            inFile = new int[2];
            found.put(file, inFile);
        }
        return inFile;
    }

    /** Whether a problem in {@code file} would still be kept: when not, there is no point in composing it. */
    public boolean shown(String file) {
        int[] inFile = found.get(file);
        return list.size() < PER_RUN && (inFile == null || inFile[1] < PER_FILE);
    }

    /** Appends {@code other}'s problems, in their order (already made safe by {@link #add}), and its counts. */
    public void addAll(Problems other) {
        for (Problem p : other.list) {
            int[] inFile = counts(p.location().file());
            inFile[0]++;
            total++;
            boolean stop = other.stops.contains(p);
            if (stop || inFile[1] < PER_FILE && list.size() < PER_RUN) {
                if (stop) stops.add(p);
                inFile[1]++;
                list.add(p);
            }
        }
        for (var e : other.found.entrySet()) {
            int uncounted = e.getValue()[0] - e.getValue()[1]; // found there but not kept there
            if (uncounted == 0) continue;
            counts(e.getKey())[0] += uncounted;
            total += uncounted;
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Every problem found, kept or not. */
    public int size() {
        return total;
    }

    /** The kept problems, by file, line and column. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Problem p) -> p.location().file())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return copy;
    }

    /** For each file with problems that are not kept, how many, by file name. */
    public Map<String, Integer> unshown() {
        Map<String, Integer> out = new TreeMap<>();
        for (var e : found.entrySet()) {
            int more = e.getValue()[0] - e.getValue()[1];
            if (more > 0) out.put(e.getKey(), more);
        }
        return out;
    }

    /** The exception that carries this run's problems. */
    public CorpusException exception() {
        return new CorpusException(sorted(), unshown(), total);
    }
}
