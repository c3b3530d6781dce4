package mxsec.load;

import java.util.List;

/** The corpus is invalid; carries every problem found. Exit code 3. */
public final class CorpusException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problems.Problem> problems;

    public CorpusException(List<Problems.Problem> problems) {
        super(problems.size() + " problem(s) in the corpus");
        this.problems = List.copyOf(problems);
    }

    public List<Problems.Problem> problems() {
        return problems;
    }
}
