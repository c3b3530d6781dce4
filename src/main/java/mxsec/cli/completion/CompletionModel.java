package mxsec.cli.completion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.Report;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What can be typed where: subcommands, their options, the values each option takes, and what their
 * positional arguments can be (entity ids and one-word aliases from the corpus). The bash, zsh and fish
 * scripts and the interactive shell's Tab completion all come from this one model.
 */
public record CompletionModel(List<String> rootOptions, List<Command> commands) {
    /** A value list: fixed words, or "directories". */
    public record Values(List<String> words, boolean directories) {
        static final Values NONE = new Values(List.of(), false);
        static final Values DIRECTORIES = new Values(List.of(), true);

        boolean any() {
            return directories || !words.isEmpty();
        }
    }

    public record Option(List<String> names, String description, boolean takesValue, Values values) {}

    public record Command(String name, String description, List<Option> options, Values positionals) {}

    public static CompletionModel of(CommandLine root, Corpus corpus) {
        List<String> rootOptions = new ArrayList<>();
        root.getCommandSpec().options().forEach(o -> rootOptions.addAll(List.of(o.names())));
        List<Command> commands = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            List<Option> options = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                if (o.hidden()) continue;
                options.add(new Option(List.of(o.names()), firstLine(o.description()), o.arity().max() > 0, values(o, corpus)));
            }
            commands.add(new Command(e.getKey(), firstLine(new String[] {spec.usageMessage().header().length > 0
                    ? spec.usageMessage().header()[0] : ""}), options, positionals(e.getKey(), spec, root, corpus)));
        }
        return new CompletionModel(rootOptions, commands);
    }

    private static String firstLine(String[] description) {
        return description.length == 0 ? "" : description[0].replaceAll("\\$\\{[A-Z-]+}", "").replaceAll("\\s+", " ").trim();
    }

    private static Values values(OptionSpec o, Corpus corpus) {
        String name = o.longestName();
        switch (name) {
            case "--report": return new Values(corpus.reports().stream().map(Report::id).toList(), false);
            case "--topic": return new Values(List.copyOf(corpus.vocabulary().terms("topics").keySet()), false);
            case "--kind": return new Values(java.util.Arrays.stream(FactKind.values()).map(FactKind::key).toList(), false);
            case "--type": return new Values(List.copyOf(corpus.vocabulary().terms("group-types").keySet()), false);
            case "--measure": {
                Set<String> measures = new TreeSet<>();
                for (Fact f : corpus.facts()) if (f.statistic() != null) measures.add(f.statistic().measure());
                return new Values(List.copyOf(measures), false);
            }
            case "--corpus": case "--sources": return Values.DIRECTORIES;
            default: break;
        }
        EntityKind kind = EntityKind.fromName(name.substring(2).replace("in-", ""));
        if (kind != null) return new Values(names(corpus, kind), false);
        if (o.completionCandidates() != null) {
            List<String> words = new ArrayList<>();
            o.completionCandidates().forEach(words::add);
            return new Values(words, false);
        }
        return Values.NONE;
    }

    private static Values positionals(String command, CommandSpec spec, CommandLine root, Corpus corpus) {
        EntityKind kind = EntityKind.fromName(command);
        if (kind != null) return new Values(names(corpus, kind), false);
        switch (command) {
            case "figures": case "show": case "compare": case "cite": {
                List<String> all = new ArrayList<>();
                // cite names reports first: they are what it cites most
                if (command.equals("cite")) corpus.reports().forEach(r -> all.add(r.id()));
                for (EntityKind k : EntityKind.values()) all.addAll(names(corpus, k));
                if (command.equals("compare")) corpus.reports().forEach(r -> all.add(r.id()));
                return new Values(List.copyOf(new LinkedHashSet<>(all)), false);
            }
            case "reports": return new Values(corpus.reports().stream().map(Report::id).toList(), false);
            case "validate": return Values.DIRECTORIES;
            case "completion": return new Values(List.of("bash", "zsh", "fish"), false);
            case "help": return new Values(List.copyOf(root.getSubcommands().keySet()), false);
            default: return Values.NONE;
        }
    }

    /** Ids, then one-word names and aliases (CJNG, CDMX, SEDENA): what fits a shell word. */
    public static List<String> names(Corpus corpus, EntityKind kind) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> folded = new java.util.HashSet<>();
        for (Entity e : corpus.entities(kind)) {
            out.add(e.id());
            folded.add(e.id());
        }
        for (Entity e : corpus.entities(kind)) {
            for (String n : e.names()) {
                // "Guerrero" adds nothing to "guerrero": the shells match case-insensitively or the user types the id
                if (!n.isBlank() && folded.add(mxsec.text.Fold.fold(n)) && n.chars().noneMatch(c -> Character.isWhitespace(c) || "'\"\\$`()[]{};&|<>*?!#,".indexOf(c) >= 0)) out.add(n);
            }
        }
        return List.copyOf(out);
    }

    public Command command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
