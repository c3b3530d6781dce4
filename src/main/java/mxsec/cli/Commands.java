package mxsec.cli;


import java.util.ArrayList;
import java.util.List;
import mxsec.render.OutputFormat;

/**
 * The one registry of mxsec's subcommands, in help order: each one's name and class, what it needs of the corpus
 * (which {@link Main} reads ahead on the second core), the output formats its {@code -o} takes, and the command
 * lines the shell warms it up with ({@link ShellWarmUp}); {@link Main} registers the commands from it. A new
 * command is one constant here (and its class in {@link #type}); {@code CommandsTest} checks the rest.
 *
 * <p>Read on every start, before the command line is parsed: no lambdas (docs/performance.md). A need that depends on
 * the arguments is a constant with a body.
 */
enum Commands {
    STATE("state", Need.ENTITY_FACTS, Formats.STANDARD,
            new String[][] {{"state", "guerrero"}, {"state", "guerrero", "-o", "json"}, {"state", "zzz"}}),
    GROUP("group", Need.ENTITY_FACTS, Formats.STANDARD,
            new String[][] {{"group", "cjng"}, {"group", "cjng", "-o", "csv"}}),
    PERSON("person", Need.ENTITY_FACTS, Formats.STANDARD, new String[][] {{"person", "chapo"}}),
    INSTITUTION("institution", Need.ENTITY_FACTS, Formats.STANDARD, new String[][] {{"institution", "semar"}}),
    POLICY("policy", Need.ENTITY_FACTS, Formats.STANDARD, new String[][] {{"policy", "merida"}}),
    PLACE("place", Need.ENTITY_FACTS, Formats.STANDARD, new String[][] {{"place", "tijuana"}}),
    ADMINISTRATION("administration", Need.ENTITY_FACTS, Formats.STANDARD, WarmUp.NONE),
    TIMELINE("timeline", Need.FACTS_OF_KINDS, Formats.STANDARD,
            new String[][] {{"timeline", "--since", "2018", "--group", "sinaloa"}}),
    /** Resolves names among every kind. */
    COMPARE("compare", Need.ENTITY_FACTS, Formats.STANDARD, new String[][] {{"compare", "cjng", "sinaloa"}}) {
        @Override
        boolean allNames() {
            return true;
        }
    },
    /** Every fact, unless --kind narrows them (or an abbreviation of it). */
    FACTS("facts", Need.ALL_FACTS, Formats.STANDARD, new String[][] {{"facts", "--kind", "statistic"}}) {
        @Override
        Need needs(String[] args) {
            for (String a : args) {
                if (a.startsWith("--k")) return Need.FACTS_OF_KINDS;
            }
            return Need.ALL_FACTS;
        }
    },
    FIGURES("figures", Need.FACTS_OF_KINDS, Formats.STANDARD, new String[][] {{"figures", "--topic", "homicide"}}),
    /** Decodes only the facts whose text matches; reads the search index. */
    SEARCH("search", Need.ENTITY_FACTS, Formats.STANDARD, new String[][] {{"search", "fentanyl"}}) {
        @Override
        boolean searches() {
            return true;
        }
    },
    /** An entity's profile, or one fact by its id REPORT/ID, which is looked up among all facts; names of every kind. */
    SHOW("show", Need.ENTITY_FACTS, Formats.STANDARD, new String[][] {{"show", "cjng"}}) {
        @Override
        boolean takesFactIds() {
            return true;
        }
    },
    /**
     * The references of reports, facts and entities. No warm-up: its CSL processor is loaded only when a line cites
     * (the shell's background warm-up would load it for every session).
     */
    CITE("cite", Need.ENTITY_FACTS, Formats.CITE, WarmUp.NONE) {
        @Override
        boolean takesFactIds() {
            return true;
        }
    },
    RECOMMENDATIONS("recommendations", Need.FACTS_OF_KINDS, Formats.STANDARD,
            new String[][] {{"recommendations"}}),
    TOPICS("topics", Need.ALL_FACTS, Formats.STANDARD, new String[][] {{"topics"}}),
    /** Presence facts, unless it counts facts by topic (--topic, or an abbreviation of it). */
    MAP("map", Need.FACTS_OF_KINDS, Formats.MAP, new String[][] {{"map"}}) {
        @Override
        Need needs(String[] args) {
            for (String a : args) {
                if (a.startsWith("--t")) return Need.ALL_FACTS;
            }
            return Need.FACTS_OF_KINDS;
        }
    },
    LINEAGE("lineage", Need.ALL_FACTS, Formats.STANDARD, new String[][] {{"lineage"}}),
    GRAPH("graph", Need.ALL_FACTS, Formats.GRAPH, new String[][] {{"graph"}}),
    COMPLETION("completion", Need.ALL_FACTS, Formats.NONE, WarmUp.NONE),
    SHELL("shell", Need.NOTHING, Formats.NONE, WarmUp.NONE),
    REPORTS("reports", Need.ALL_FACTS, Formats.STANDARD, new String[][] {{"reports"}}),
    VALIDATE("validate", Need.ALL_FACTS, Formats.NONE, WarmUp.NONE),
    VERIFY("verify", Need.ALL_FACTS, Formats.NONE, WarmUp.NONE),
    HELP("help", Need.NOTHING, Formats.NONE, WarmUp.NONE);

    /** What a command reads of the corpus, so that {@link Main} knows what to read ahead on the other core. */
    enum Need {
        /** Not the corpus (help, the shell, which loads it when a line asks): no preload. */
        NOTHING,
        /** The profile of one entity, a comparison, a search: the head, and only the facts about them. */
        ENTITY_FACTS,
        /** Facts of a few kinds only (see {@code FactFilter#select}): the head, and those facts when asked. */
        FACTS_OF_KINDS,
        /** Every fact: decoded ahead. */
        ALL_FACTS
    }

    /** The sets of output formats a command's {@code -o} takes (checked against its option by {@code CommandsTest}). */
    enum Formats {
        /** No {@code -o}. */
        NONE,
        /** {@link OutputOptions.Standard}: every {@link OutputFormat}. */
        STANDARD,
        /** {@link GraphCommand.Output}: every {@link OutputFormat}, dot and mermaid. */
        GRAPH,
        /** {@link MapCommand.Output}: every {@link OutputFormat} and svg. */
        MAP,
        /** {@link CiteCommand.Output}: the text styles' output and the formats of reference managers. */
        CITE;

        /** The names {@code -o} takes, in the order its help lists them. */
        List<String> names() {
            List<String> names = new ArrayList<>();
            if (this == NONE) return names;
            if (this == CITE) {
                for (CiteCommand.Format f : CiteCommand.Format.values()) names.add(f.toString());
                return names;
            }
            for (OutputFormat f : OutputFormat.values()) names.add(f.toString());
            if (this == GRAPH) {
                names.add("dot");
                names.add("mermaid");
            }
            if (this == MAP) names.add("svg");
            return names;
        }
    }

    /** The warm-up of a command the shell does not run in the background (see {@link ShellWarmUp}). */
    static final class WarmUp {
        static final String[][] NONE = {};

        private WarmUp() {}
    }

    final String command;
    private final Need need;
    final Formats formats;
    private final String[][] warmUp;

    Commands(String command, Need need, Formats formats, String[][] warmUp) {
        this.command = command;
        this.need = need;
        this.formats = formats;
        this.warmUp = warmUp;
    }

    /**
     * What this command needs of the corpus for {@code args} (args[0] is its name). Only a guess, for speed: any
     * command works either way. By default its declared need, but a profile or comparison without a name (or across
     * reports) lists or compares them all.
     */
    Need needs(String[] args) {
        if (need != Need.ENTITY_FACTS) return need;
        if (args.length < 2 || args[1].startsWith("-")) return Need.ALL_FACTS;
        for (String a : args) {
            if (a.equals("--across-reports")) return Need.ALL_FACTS;
        }
        // A fact id REPORT/ID is looked up among all facts.
        return takesFactIds() && args[1].indexOf('/') >= 0 ? Need.ALL_FACTS : Need.ENTITY_FACTS;
    }

    /** The command's declared need, whatever the arguments. */
    Need need() {
        return need;
    }

    /** Whether it resolves names among every kind, so that the name index of all of them is built ahead. */
    boolean allNames() {
        return takesFactIds();
    }

    /** Whether it takes fact ids (REPORT/ID) as well as names of every kind: show, cite. */
    boolean takesFactIds() {
        return false;
    }

    /** Whether it searches by words, so that the search index is read ahead. */
    boolean searches() {
        return false;
    }

    /** The command lines the shell warms this command up with; {@link WarmUp#NONE} for none. */
    String[][] warmUp() {
        return warmUp;
    }

    /**
     * The command's class. A switch rather than a field: {@link Main} reads this registry before it starts the
     * preload, and loading the classes of all the commands there delayed the preload by 2-3 ms. The switch has no
     * default, so a constant without its class does not compile.
     */
    Class<?> type() {
        return switch (this) {
            case STATE -> StateCommand.class;
            case GROUP -> GroupCommand.class;
            case PERSON -> PersonCommand.class;
            case INSTITUTION -> InstitutionCommand.class;
            case POLICY -> PolicyCommand.class;
            case PLACE -> PlaceCommand.class;
            case ADMINISTRATION -> AdministrationCommand.class;
            case TIMELINE -> TimelineCommand.class;
            case COMPARE -> CompareCommand.class;
            case FACTS -> FactsCommand.class;
            case FIGURES -> FiguresCommand.class;
            case SEARCH -> SearchCommand.class;
            case SHOW -> ShowCommand.class;
            case CITE -> CiteCommand.class;
            case RECOMMENDATIONS -> RecommendationsCommand.class;
            case TOPICS -> TopicsCommand.class;
            case MAP -> MapCommand.class;
            case LINEAGE -> LineageCommand.class;
            case GRAPH -> GraphCommand.class;
            case COMPLETION -> CompletionCommand.class;
            case SHELL -> ShellCommand.class;
            case REPORTS -> ReportsCommand.class;
            case VALIDATE -> ValidateCommand.class;
            case VERIFY -> VerifyCommand.class;
            case HELP -> HelpCommand.class;
        };
    }

    /** The names of the commands, in help order. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Commands c : values()) names.add(c.command);
        return names;
    }

    /** The command named {@code name}, or null. */
    static Commands named(String name) {
        for (Commands c : values()) {
            if (c.command.equals(name)) return c;
        }
        return null;
    }
}
