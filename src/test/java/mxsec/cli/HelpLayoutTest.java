package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help reads as paragraphs that picocli wraps, at any width: no line is broken where a source
 * line of its description happened to end, and no example wraps back to column 0.
 */
class HelpLayoutTest {
    /** An example command line: {@code mxsec ...}, or environment assignments before it. */
    private static final Pattern EXAMPLE = Pattern.compile("(?:[A-Z_][A-Z0-9_]*=\\S*\\s+)*mxsec(?:\\s.*)?");
    private static final int[] WIDTHS = {80, 120};
    /** Columns picocli may leave free at the end of a line: its option descriptions wrap a column or two early. */
    private static final int SLACK = 2;

    /** The command line that prints each command's help: the root's, then every registered subcommand's. */
    private static List<String[]> helpCommandLines() {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"--help"});
        for (String name : Main.commandLine(context()).getSubcommands().keySet()) {
            all.add(name.equals("help") ? new String[] {"help", "help"} : new String[] {name, "--help"});
        }
        return all;
    }

    private static RunContext context() {
        return new RunContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false);
    }

    /** The help {@code args} print at {@code width} columns, through the entry point (picocli.usage.width is how a user asks). */
    private static String help(String[] args, int width) {
        String old = System.getProperty("picocli.usage.width");
        if (width != 80) System.setProperty("picocli.usage.width", String.valueOf(width));
        try {
            CliRunner.Result r = CliRunner.mxsec(args);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            return r.out();
        } finally {
            if (old == null) System.clearProperty("picocli.usage.width");
            else System.setProperty("picocli.usage.width", old);
        }
    }

    @Test
    void helpIsRenderedAtTheAskedWidth() {
        assertThat(help(new String[] {"--help"}, 120).lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(80);
    }

    @Test
    void noHelpLineIsBrokenShortInMidSentence() {
        List<String> found = new ArrayList<>();
        for (String[] args : helpCommandLines()) {
            for (int width : WIDTHS) found.addAll(brokenLines(String.join(" ", args), help(args, width), width));
        }
        assertThat(found).as("help lines that end short of the width while the next line continues them").isEmpty();
    }

    @Test
    void noExampleWrapsAtEightyColumns() {
        List<String> found = new ArrayList<>();
        CommandLine root = Main.commandLine(context());
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        for (CommandLine command : commands) {
            for (String line : command.getCommandSpec().usageMessage().footer()) {
                if (line.length() >= 80) found.add(command.getCommandName() + ": " + line);
            }
        }
        for (String[] args : helpCommandLines()) {
            String help = help(args, 80);
            int examples = help.indexOf("\nExamples:\n");
            if (examples < 0) continue;
            for (String line : help.substring(examples + "\nExamples:\n".length()).split("\n")) {
                if (!line.isBlank() && !line.startsWith("  ")) found.add(String.join(" ", args) + ": " + line);
            }
        }
        assertThat(found).as("example lines of 80 columns or more, or wrapped to column 0").isEmpty();
    }

    @Test
    void theRuleFindsALineBrokenInMidSentence() {
        String help = "Usage: mxsec verify [-hV] [--debug]\n"
                + "                    [--corpus=DIR]\n"
                + "Check every fact: the\n"
                + "cited lines exist.\n"
                + "  0   found; a list item\n"
                + "  1   another\n";
        assertThat(brokenLines("verify", help, 80)).containsExactly("verify @80: 'Check every fact: the' / 'cited lines exist.'");
    }

    /**
     * Lines of {@code help} (rendered at {@code width}) that end short of the width in mid-sentence: the next
     * line's first word would have fit on this one (with {@link #SLACK} to spare), this one does not end a sentence or list item, and the next
     * continues it (begins with a small letter, or with a letter at the same indentation). Example command lines
     * and the usage synopsis are left out.
     */
    static List<String> brokenLines(String command, String help, int width) {
        List<String> found = new ArrayList<>();
        String[] lines = help.split("\n", -1);
        int synopsisIndent = -1;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i];
            String next = lines[i + 1];
            if (line.startsWith("Usage:")) {
                synopsisIndent = line.indexOf('[');
                continue;
            }
            if (synopsisIndent > 0 && indent(line) == synopsisIndent) continue;
            synopsisIndent = -1;
            if (line.isBlank() || next.isBlank() || isExample(line) || isExample(next)) continue;
            String nextText = next.strip();
            int space = nextText.indexOf(' ');
            String firstWord = space < 0 ? nextText : nextText.substring(0, space);
            if (line.stripTrailing().length() + 1 + firstWord.length() > width - SLACK) continue;
            if (endsSentenceOrItem(line.stripTrailing())) continue;
            char first = nextText.charAt(0);
            boolean continues = Character.isLowerCase(first) || indent(next) == indent(line) && Character.isLetter(first);
            if (continues) found.add(command + " @" + width + ": '" + line + "' / '" + next + "'");
        }
        return found;
    }

    private static boolean isExample(String line) {
        return EXAMPLE.matcher(line.strip()).matches();
    }

    private static boolean endsSentenceOrItem(String line) {
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ':' || last == ';' || last == '?' || last == '!') return true;
        return last == ')' && line.length() > 1 && line.charAt(line.length() - 2) == '.';
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }
}
