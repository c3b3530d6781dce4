package mxsec.query;

import java.util.List;

/** A name that matches nothing, or too much. Exit code 2, with the closest candidates. */
public final class UnknownNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> candidates;

    public UnknownNameException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    public List<String> candidates() {
        return candidates;
    }
}
