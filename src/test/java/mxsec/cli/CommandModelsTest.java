package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command models written at build time are the models picocli reads from the annotations: every command,
 * usage-message and option attribute, in order; and they bind to the same fields.
 */
class CommandModelsTest {
    /** ArgSpec methods that name objects (bindings, owners) rather than describe the option. */
    private static final Set<String> NOT_ATTRIBUTES = Set.of("getter", "setter", "scope", "userObject", "command", "group",
            "root", "hashCode", "getClass", "toBuilder", "typeInfo", "converters", "parameterConsumer", "preprocessor",
            "messages", "stringValues", "originalStringValues", "getValue", "rawStringValues", "isMultiValue");

    private static RunContext context() {
        return new RunContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false);
    }

    @Test
    void theBuildWroteTheGeneratedModels() {
        assertThat(CommandModels.get().getClass().getSimpleName())
                .as("target/classes has no GeneratedCommandModels: the build's command-models steps did not run")
                .isEqualTo("GeneratedCommandModels");
    }

    @Test
    void generatedModelsEqualTheAnnotations() {
        String generated = dump(Main.commandLine(context(), null, CommandModels.get()));
        String annotations = dump(Main.commandLine(context(), null, new CommandModels.Annotations()));
        assertThat(generated).isEqualTo(annotations);
        // The dump covers what matters: every subcommand, option texts and types.
        assertThat(generated).contains("command mxsec state", "names=[-o, --format]", "type=class mxsec.render.OutputFormat",
                "description=[Name, alias, id or code; a unique prefix is enough. A name of several words needs no quotes.]", "command mxsec help");
    }

    @Test
    void generatedModelsEqualTheAnnotationsForOneSubcommand() {
        String generated = dump(Main.commandLine(context(), "timeline", CommandModels.get()));
        String annotations = dump(Main.commandLine(context(), "timeline", new CommandModels.Annotations()));
        assertThat(generated).isEqualTo(annotations).contains("command mxsec timeline", "names=[--state]");
    }

    /** mxsec --help builds its subcommands as summaries (names and help texts): the help must not change. */
    @Test
    void theRootHelpFromSummariesIsTheFullOne() {
        for (CommandModels models : List.of(CommandModels.get(), new CommandModels.Annotations())) {
            CommandLine full = Main.commandLine(context(), null, models);
            CommandLine summaries = Main.commandLine(context(), Main.SUMMARIES, models);
            assertThat(summaries.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(full.getUsageMessage(CommandLine.Help.Ansi.OFF))
                    .contains("state", "Exit codes:");
            for (String name : Commands.names()) {
                CommandSpec summary = summaries.getSubcommands().get(name).getCommandSpec();
                CommandSpec spec = full.getSubcommands().get(name).getCommandSpec();
                for (String attribute : List.of("header", "description", "hidden")) { // what the root's command list shows
                    assertThat(render(value(summary.usageMessage(), attribute))).as("%s %s", name, attribute)
                            .isEqualTo(render(value(spec.usageMessage(), attribute)));
                }
            }
        }
    }

    @Test
    void theHelpOptionsAreThoseOfPicocli() {
        CommandSpec picocli = CommandSpec.create().mixinStandardHelpOptions(true);
        CommandSpec ours = CommandSpec.create().addMixin(Main.STANDARD_HELP, Main.standardHelpOptions());
        // toString names picocli's field in one and the option in the other: it appears in debug traces only.
        assertThat(args(ours).replaceAll(" toString=[^=]*? type=", " type="))
                .isEqualTo(args(picocli).replaceAll(" toString=[^=]*? type=", " type="));
    }

    @Test
    void valuesReachTheCommandsFields() {
        CommandLine cmd = Main.commandLine(context(), "timeline", CommandModels.get());
        cmd.parseArgs("timeline", "--since", "2018", "--group", "sinaloa", "--group", "cjng", "--kind", "event,policy", "-o", "json",
                "--by", "year", "--width", "80", "--debug");
        TimelineCommand timeline = (TimelineCommand) cmd.getSubcommands().get("timeline").getCommand();
        assertThat(timeline.filters.since).isEqualTo("2018");
        assertThat(timeline.filters.kinds).containsExactly("event", "policy");
        assertThat(timeline.entities.groups).containsExactly("sinaloa", "cjng");
        assertThat(timeline.output.format()).isEqualTo(mxsec.render.OutputFormat.JSON);
        assertThat(timeline.output.width).isEqualTo(80);
        assertThat(timeline.by).isEqualTo(TimelineCommand.By.year);
        assertThat(((MxsecCommand) cmd.getCommand()).debug).isTrue();
        assertThat(timeline.spec).isSameAs(cmd.getSubcommands().get("timeline").getCommandSpec());
        assertThat(timeline.output.mixee).isSameAs(timeline.spec);
    }

    /** Every attribute of every command and argument, one per line. */
    static String dump(CommandLine root) {
        StringBuilder s = new StringBuilder();
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        commands.addAll(root.getSubcommands().values());
        for (CommandLine cmd : commands) {
            CommandSpec spec = cmd.getCommandSpec();
            s.append("command ").append(spec.qualifiedName()).append(" (").append(spec.userObject().getClass().getName()).append(")\n");
            for (String name : CommandModelWriter.COMMAND_ATTRIBUTES) s.append("  ").append(name).append('=').append(value(spec, name)).append('\n');
            for (String name : CommandModelWriter.USAGE_ATTRIBUTES) {
                s.append("  usage.").append(name).append('=').append(value(spec.usageMessage(), name)).append('\n');
            }
            s.append("  mixins=").append(spec.mixins().keySet()).append('\n');
            spec.mixins().forEach((name, mixin) -> s.append("  mixin ").append(name).append(" (")
                    .append(mixin.userObject() == null ? "-" : mixin.userObject().getClass().getName()).append(") ").append(args(mixin)));
            s.append("  subcommands=").append(spec.subcommands().keySet()).append('\n');
            s.append(args(spec));
            s.append("  usage:\n").append(cmd.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        return s.toString();
    }

    private static String args(CommandSpec spec) {
        StringBuilder s = new StringBuilder();
        for (ArgSpec arg : spec.args()) {
            s.append("  arg");
            List<Method> methods = new ArrayList<>(Arrays.asList(arg.getClass().getMethods()));
            methods.sort(Comparator.comparing(Method::getName));
            for (Method m : methods) {
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || NOT_ATTRIBUTES.contains(m.getName())
                        || m.getDeclaringClass() == Object.class && !m.getName().equals("toString")) continue;
                s.append(' ').append(m.getName()).append('=').append(render(invoke(m, arg)));
            }
            s.append(" typeInfo=").append(arg.typeInfo().getClassName()).append(arg.typeInfo().getAuxiliaryTypeInfos().stream()
                    .map(t -> t.getClassName()).toList());
            s.append('\n');
        }
        return s.toString();
    }

    private static Object value(Object target, String name) {
        try {
            return render(target.getClass().getMethod(name).invoke(target));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            return "!" + e.getCause();
        }
    }

    private static String render(Object v) {
        if (v == null) return "null";
        if (v instanceof Object[] a) return Arrays.deepToString(a);
        if (v instanceof Iterable<?> it) {
            List<String> items = new ArrayList<>();
            it.forEach(x -> items.add(render(x)));
            return items.toString();
        }
        if (v instanceof CommandLine.IVersionProvider p) return p.getClass().getName();
        return String.valueOf(v);
    }
}
