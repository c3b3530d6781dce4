package mxsec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Man pages in roff, mxsec(1) and mxsec-COMMAND(1), generated from the same annotations as --help.
 * Run at build time: {@code ManPages DIR} writes DIR/mxsec.1 and DIR/mxsec-*.1.
 */
public final class ManPages {
    private ManPages() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/man");
        Files.createDirectories(dir);
        CommandLine root = Main.commandLine(new RunContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false));
        Files.writeString(dir.resolve("mxsec.1"), page(root, null), StandardCharsets.UTF_8);
        for (var e : root.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            Files.writeString(dir.resolve("mxsec-" + e.getKey() + ".1"), page(e.getValue(), root), StandardCharsets.UTF_8);
        }
    }

    static String page(CommandLine cmd, CommandLine root) {
        CommandSpec spec = cmd.getCommandSpec();
        String name = root == null ? "mxsec" : "mxsec-" + spec.name();
        StringBuilder s = new StringBuilder();
        s.append(".TH \"").append(name.toUpperCase(java.util.Locale.ROOT)).append("\" 1 \"\" \"mxsec ").append(VersionProvider.version())
                .append("\" \"mxsec manual\"\n");
        s.append(".SH NAME\n").append(esc(name)).append(" \\- ").append(esc(header(spec))).append('\n');
        s.append(".SH SYNOPSIS\n.B ").append(esc(spec.qualifiedName())).append('\n');
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            s.append("[\\fB").append(esc(o.shortestName())).append("\\fR").append(o.arity().max() > 0 ? " \\fI" + esc(o.paramLabel()) + "\\fR" : "").append("]\n");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String label = "\\fI" + esc(p.paramLabel()) + "\\fR" + (p.arity().max() > 1 ? "..." : "");
            s.append(p.arity().min() == 0 ? "[" + label + "]" : label).append('\n');
        }
        s.append(".SH DESCRIPTION\n").append(esc(String.join(" ", spec.usageMessage().description()))).append('\n');
        if (root == null) {
            s.append(".SH COMMANDS\n");
            for (var e : cmd.getSubcommands().entrySet()) {
                s.append(".TP\n.B ").append(esc(e.getKey())).append('\n').append(esc(header(e.getValue().getCommandSpec()))).append('\n');
                if (!e.getKey().equals("help")) s.append("See \\fBmxsec\\-").append(esc(e.getKey())).append("\\fR(1).\n");
            }
        }
        if (!spec.positionalParameters().isEmpty() || !spec.options().isEmpty()) s.append(".SH OPTIONS\n");
        for (PositionalParamSpec p : spec.positionalParameters()) {
            s.append(".TP\n.I ").append(esc(p.paramLabel())).append('\n').append(esc(String.join(" ", p.description()))).append('\n');
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            s.append(".TP\n.B ").append(esc(String.join(", ", o.names())));
            if (o.arity().max() > 0) s.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
            s.append('\n').append(esc(expand(String.join(" ", o.description()), o))).append('\n');
        }
        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            s.append(".SH EXAMPLES\n");
            for (String line : footer) s.append(".nf\n").append(esc(line.strip())).append("\n.fi\n");
        }
        Map<String, String> codes = spec.usageMessage().exitCodeList();
        if (!codes.isEmpty()) {
            s.append(".SH EXIT STATUS\n");
            codes.forEach((code, meaning) -> s.append(".TP\n.B ").append(esc(code.strip())).append('\n').append(esc(meaning)).append('\n'));
        }
        s.append(".SH ENVIRONMENT\n.TP\n.B MXSEC_CORPUS\nExtra corpus directories, ':'-separated.\n"
                + ".TP\n.B NO_COLOR, CLICOLOR_FORCE, TERM\nColour: none with NO_COLOR or TERM=dumb; forced with CLICOLOR_FORCE.\n"
                + ".TP\n.B COLUMNS\nWidth to wrap human output to.\n");
        s.append(".SH SEE ALSO\n").append(root == null ? "The README of mxsec.\n" : "\\fBmxsec\\fR(1)\n");
        return s.toString();
    }

    private static String header(CommandSpec spec) {
        String[] h = spec.usageMessage().header();
        return h.length == 0 ? "" : h[0];
    }

    private static String expand(String text, OptionSpec o) {
        String candidates = "";
        if (o.completionCandidates() != null) {
            StringBuilder c = new StringBuilder();
            o.completionCandidates().forEach(x -> c.append(c.length() == 0 ? "" : ", ").append(x));
            candidates = c.toString();
        }
        return text.replace("${COMPLETION-CANDIDATES}", candidates)
                .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
    }

    /** roff escaping: backslashes, leading dots and quotes, hyphens. */
    private static String esc(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            if (line.startsWith(".") || line.startsWith("'")) out.append("\\&");
            out.append(line);
        }
        return out.toString();
    }
}
