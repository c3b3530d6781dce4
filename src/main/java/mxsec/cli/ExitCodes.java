package mxsec.cli;

/** mxsec's exit codes, in one place (also listed in every --help and the README). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Nothing matched the filters, like grep: scripts can test it. */
    public static final int NO_MATCH = 1;
    /** Usage error or unknown name (with "did you mean"). */
    public static final int USAGE = 2;
    /** The corpus (built-in or --corpus) is invalid. */
    public static final int INVALID_CORPUS = 3;
    /** {@code verify}: some facts do not match their reference texts. */
    public static final int VERIFY_FAILED = 4;
    /** The answer could not be written (a full disk, a closed or failing stdout); not a reader that left (EPIPE). */
    public static final int OUTPUT = 74;
    /** A bug in mxsec. */
    public static final int INTERNAL = 70;

    /** For picocli's exitCodeList. */
    public static final String[] LIST = {
        "0:found; the command did what was asked",
        "1:nothing matched the filters",
        "2:usage error or unknown name",
        "3:invalid corpus",
        "4:verify found facts that do not match their sources",
        "70:internal error (a bug: please report it with --debug output)",
        "74:cannot write output (disk full, stdout closed or failing)",
    };

    private ExitCodes() {}
}
