package mxsec.render;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;

/**
 * The marks a run has printed, so that it can explain them after its answer: only those that appear, and
 * nothing when none did. Renderers take a mark's symbol from here, which notes it.
 */
public final class Legend {
    private final Set<Mark> printed = EnumSet.noneOf(Mark.class);

    /** {@code mark}'s symbol in {@code style}, noted as printed. */
    public String mark(Mark mark, Style style) {
        printed.add(mark);
        return mark.symbol(style);
    }

    /** {@code mark}'s symbol when {@code marked}, noted as printed; else "". */
    public String mark(Mark mark, boolean marked, Style style) {
        return marked ? mark(mark, style) : "";
    }

    /** The marks printed so far. */
    public Set<Mark> printed() {
        return printed;
    }

    /** After the answer: a blank line and, dim, what the printed marks mean; nothing when none was printed. */
    public void print(Style style, PrintWriter out) {
        if (printed.isEmpty()) return;
        out.print("\n" + style.dim(Wrap.hanging(Mark.explain(printed, style.unicode(), false), style.width(), "  ")) + "\n");
        out.flush();
    }
}
