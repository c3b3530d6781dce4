package mxsec.cli;

import java.io.PrintWriter;
import mxsec.render.OutputFormat;
import mxsec.render.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code -o/--format}, {@code --color}, {@code --width}, {@code --ascii}, {@code --raw}: how a command's answer is
 * written. One place decides colour. The formats a command takes are its subclass's {@code -o}: {@link Standard}
 * for every query command, graph's own for graph, which adds dot and mermaid.
 */
public abstract class OutputOptions {
    public enum ColorMode { auto, always, never }

    /** {@code -o/--format} with the formats of {@link OutputFormat}: the output options of every query command. */
    public static class Standard extends OutputOptions {
        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format = OutputFormat.TABLE;

        public OutputFormat format() {
            return format;
        }

        @Override
        boolean human() {
            return format.human();
        }
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto honours NO_COLOR, CLICOLOR_FORCE, TERM=dumb and pipes).")
    ColorMode color = ColorMode.auto;

    @Option(names = "--ascii", description = "Draw with ASCII only (default: when the locale is not UTF-8).")
    boolean ascii;

    @Option(names = "--raw", description = "CSV/TSV: do not guard cells that begin with = + - @ against spreadsheet formulas (trusted data only).")
    boolean raw;

    @Option(names = "--width", paramLabel = "N",
            description = "Wrap human output at N columns (0: no wrapping; default: the terminal's width, or 100).")
    Integer width;

    /** Whether the format is for people (colour and width apply) rather than for programs. */
    abstract boolean human();

    public boolean raw() {
        return raw;
    }

    public PrintWriter out() {
        return context().out();
    }

    private RunContext context() {
        return MxsecCommand.context(mixee);
    }

    /** Colour and width for human formats; machine formats get neither. */
    public Style style() {
        if (!human()) return raw ? new Style(false, 0, true, true) : Style.PLAIN;
        return new Style(colorEnabled(color, context()), width(), !ascii && unicode(context()));
    }

    int width() {
        if (width != null) {
            if (width < 0) throw new UsageException("--width must be 0 or more, not " + width);
            return width == 0 ? 0 : Math.max(20, width);
        }
        String columns = context().env("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(20, Integer.parseInt(columns.trim()));
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return 100;
    }

    /** The locale's charset (LC_ALL, then LC_CTYPE, then LANG; else the JVM's native encoding) is UTF-8. */
    static boolean unicode(RunContext context) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = context.env(name);
            if (v != null) return v.toLowerCase(java.util.Locale.ROOT).replace("-", "").contains("utf8");
        }
        return "UTF-8".equalsIgnoreCase(System.getProperty("native.encoding", "UTF-8"));
    }

    static boolean colorEnabled(ColorMode mode, RunContext context) {
        return switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> context.env("NO_COLOR") == null
                    && (context.env("CLICOLOR_FORCE") != null && !"0".equals(context.env("CLICOLOR_FORCE"))
                        || context.stdoutIsTerminal() && !"dumb".equals(context.env("TERM")));
        };
    }
}
