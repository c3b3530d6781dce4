package mxsec.model;

/** A place in a corpus file, for messages: {@code file:line:col}. Line and column count from 1. */
public record Location(String file, int line, int column) {
    /** How messages name the built-in corpus's files: {@code corpus/reports/x.yaml}. */
    public static final String BUILT_IN = "corpus";

    @Override
    public String toString() {
        return line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /**
     * The user corpus this place is in, its directory as given ({@code --corpus DIR}); null in the built-in corpus.
     * A corpus file is {@code ROOT/vocabulary.yaml}, {@code ROOT/thesaurus.yaml} or {@code ROOT/reports|entities/NAME},
     * and the built-in ROOT is {@link #BUILT_IN} (a user directory of that name is given as {@code ./corpus}).
     */
    /** {@link #userCorpus} of {@code at}; null (built-in) when there is no location (a corpus made in memory). */
    public static String userCorpusOf(Location at) {
        return at == null ? null : at.userCorpus();
    }

    public String userCorpus() {
        int last = file.lastIndexOf('/');
        if (last < 0) return null;
        String root = file.substring(0, last);
        if (root.equals("reports") || root.equals("entities")) return ".";
        if (root.endsWith("/reports") || root.endsWith("/entities")) root = root.substring(0, root.lastIndexOf('/'));
        if (root.isEmpty()) return "/";
        return root.equals(BUILT_IN) ? null : root;
    }
}
