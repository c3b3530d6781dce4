package mxsec.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Where the picocli models of mxsec's commands come from. The annotations on the command classes are where
 * commands are declared, but reading them costs ~50 ms at every start (the JDK turns each annotation into a
 * dynamic proxy, and no class-data archive keeps those). So the build writes the same models as plain code
 * ({@code CommandModelWriter}, a build tool in src/build/java, writes {@code GeneratedCommandModels}), a test holds the two equal, and a run
 * uses the generated one when it is there (it is missing only before the build's second compile step).
 */
abstract class CommandModels {
    private static final String GENERATED = "mxsec.cli.GeneratedCommandModels";
    private static CommandModels current;

    /** The root command's model, bound to {@code command}. */
    abstract CommandSpec root(MxsecCommand command);

    /** A new subcommand object and its model, for one of {@link Commands}. */
    abstract CommandSpec subcommand(String name);

    /**
     * A subcommand's name and help texts without its options or command object: what the root's help lists of
     * it. Building every subcommand in full for {@code mxsec --help} took half its time.
     */
    abstract CommandSpec summary(String name);

    /** A map of keys and values in order (the generated code's exit-code lists). */
    static java.util.Map<String, String> map(String... keysAndValues) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put(keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    /**
     * Build steps that run before the models are generated anew (the help texts) read the annotations: target/classes
     * may still hold the generated models of an earlier build, from the annotations as they were then.
     */
    static synchronized void useAnnotations() {
        current = new Annotations();
    }

    static synchronized CommandModels get() {
        if (current == null) current = generated();
        return current;
    }

    private static CommandModels generated() {
        try {
            return (CommandModels) Class.forName(GENERATED).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new Annotations();
        }
    }

    /** The models read from the annotations by picocli's reflection: the source of truth, and the fallback. */
    static final class Annotations extends CommandModels {
        @Override
        CommandSpec root(MxsecCommand command) {
            return CommandSpec.forAnnotatedObject(command);
        }

        @Override
        CommandSpec subcommand(String name) {
            Commands command = Commands.named(name);
            if (command == null) throw new IllegalArgumentException("no subcommand " + name);
            Class<?> type = command.type();
            CommandSpec spec = CommandSpec.forAnnotatedObject(type);
            Marks marks = type.getAnnotation(Marks.class);
            if (marks != null) {
                String[] description = spec.usageMessage().description();
                String[] explained = java.util.Arrays.copyOf(description, description.length + 1);
                explained[description.length] = mxsec.render.Mark.help(java.util.Arrays.asList(marks.value()));
                spec.usageMessage().description(explained);
            }
            return spec;
        }

        @Override
        CommandSpec summary(String name) {
            return subcommand(name);
        }
    }
}
