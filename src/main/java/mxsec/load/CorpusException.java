package mxsec.load;

import java.util.List;
import java.util.Map;

/** The corpus is invalid; carries the problems kept (see {@link Problems}) and the count of all. Exit code 3. */
public final class CorpusException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problems.Problem> problems;
    private final transient Map<String, Integer> unshown;
    private final int total;

    public CorpusException(List<Problems.Problem> problems) {
        this(problems, Map.of(), problems.size());
    }

    CorpusException(List<Problems.Problem> problems, Map<String, Integer> unshown, int total) {
        super(total + " problem(s) in the corpus");
        this.problems = List.copyOf(problems);
        this.unshown = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unshown));
        this.total = total;
    }

    /** The problems kept, by file and position. */
    public List<Problems.Problem> problems() {
        return problems;
    }

    /** Per file (in name order), how many of its problems are counted but not kept. */
    public Map<String, Integer> unshown() {
        return unshown;
    }

    /** Every problem found. */
    public int total() {
        return total;
    }
}
