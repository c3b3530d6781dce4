package mxsec.cli;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;

/**
 * Build step: reads the picocli annotations of every command (as picocli does at run time) and writes
 * {@code GeneratedCommandModels}, Java code that builds the same models with picocli's programmatic API and
 * sets option values straight into the commands' fields. See {@link CommandModels} for why.
 * <p>Generic on purpose: every builder and usage-message attribute that differs from picocli's default is
 * written out, so a new annotation attribute carries over without touching this class. What it cannot write
 * (private fields, converters, argument groups, ...) stops the build with a message saying what to change.
 * {@code CommandModelsTest} compares both models attribute by attribute.
 */
public final class CommandModelWriter {
    /** Usage-message attributes (getter and setter share the name). */
    static final List<String> USAGE_ATTRIBUTES = List.of("header", "headerHeading", "synopsisHeading", "customSynopsis",
            "description", "descriptionHeading", "parameterListHeading", "optionListHeading", "commandListHeading",
            "footerHeading", "footer", "exitCodeListHeading", "exitCodeList", "abbreviateSynopsis", "hidden", "sortOptions",
            "sortSynopsis", "showDefaultValues", "showAtFileInUsageHelp", "showEndOfOptionsDelimiterInUsageHelp",
            "requiredOptionMarker", "width", "autoWidth", "synopsisSubcommandLabel", "longOptionsMaxWidth",
            "adjustLineBreaksForWideCJKCharacters", "synopsisAutoIndentThreshold", "synopsisIndent");

    /** Command attributes (getter and setter share the name). */
    static final List<String> COMMAND_ATTRIBUTES = List.of("aliases", "version", "helpCommand", "scopeType",
            "subcommandsRepeatable", "exitCodeOnSuccess", "exitCodeOnUsageHelp", "exitCodeOnVersionHelp",
            "exitCodeOnInvalidInput", "exitCodeOnExecutionException", "interpolateVariables");

    /** Builder attributes written by other means, or checked to be absent. */
    private static final Set<String> BUILDER_SKIPPED = Set.of("getter", "setter", "scope", "typeInfo", "userObject", "root",
            "initialValue", "hasInitialValue", "toString", "converters", "completionCandidates", "parameterConsumer",
            "preprocessor", "annotatedElement", "group", "names", "hashCode", "getClass");

    private final StringBuilder code = new StringBuilder();
    private final List<String> accessors = new ArrayList<>();
    private final Map<Field, Integer> slots = new LinkedHashMap<>();
    private final Map<Class<?>, String> mixinMethods = new LinkedHashMap<>();
    private final StringBuilder mixinCode = new StringBuilder();
    private int variables;
    private int commands;

    private CommandModelWriter() {}

    /** {@code CommandModelWriter FILE}: writes the generated source to FILE. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(), StandardCharsets.UTF_8);
    }

    /** The generated source: the same models as {@link CommandModels.Annotations} gives. */
    static String source() {
        CommandModelWriter w = new CommandModelWriter();
        CommandModels annotations = new CommandModels.Annotations();
        StringBuilder subcommands = new StringBuilder();
        StringBuilder summaries = new StringBuilder();
        w.method("root", annotations.root(new MxsecCommand(null)), true);
        for (String name : Commands.names()) {
            int n = w.commands++;
            subcommands.append("            case ").append(literal(name)).append(": return command").append(n).append("();\n");
            summaries.append("            case ").append(literal(name)).append(": return summary").append(n).append("();\n");
            CommandSpec reflected = annotations.subcommand(name);
            w.method("command" + n, reflected, false);
            w.summary("summary" + n, reflected);
        }
        StringBuilder s = new StringBuilder();
        s.append("package mxsec.cli;\n\n")
                .append("import picocli.CommandLine.Model.CommandSpec;\n")
                .append("import picocli.CommandLine.Model.OptionSpec;\n")
                .append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n")
                .append("/** Written at build time by CommandModelWriter from the commands' annotations: do not edit. */\n")
                .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
                .append("final class GeneratedCommandModels extends CommandModels {\n")
                .append("    @Override\n    CommandSpec subcommand(String name) {\n        switch (name) {\n")
                .append(subcommands)
                .append("            default: throw new IllegalArgumentException(\"no subcommand \" + name);\n        }\n    }\n")
                .append("\n    @Override\n    CommandSpec summary(String name) {\n        switch (name) {\n")
                .append(summaries)
                .append("            default: throw new IllegalArgumentException(\"no subcommand \" + name);\n        }\n    }\n")
                .append(w.code)
                .append(w.mixinCode)
                .append(w.accessorClass())
                .append("}\n");
        return s.toString();
    }

    /** One method that builds {@code reflected}'s user object and model. */
    private void method(String name, CommandSpec reflected, boolean root) {
        Object command = reflected.userObject();
        Class<?> type = command.getClass();
        check(reflected);
        code.append("\n    ");
        if (root) {
            code.append("@Override\n    CommandSpec root(MxsecCommand c) {\n");
        } else {
            code.append("private static CommandSpec ").append(name).append("() {\n");
            code.append("        ").append(typeName(type)).append(" c = new ").append(typeName(type)).append("();\n");
        }
        code.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(c);\n");
        code.append("        s.name(").append(literal(reflected.name())).append(");\n");
        if (reflected.versionProvider() != null) {
            code.append("        s.versionProvider(new ").append(typeName(reflected.versionProvider().getClass())).append("());\n");
        }
        List<String> commandAttributes = new ArrayList<>(COMMAND_ATTRIBUTES);
        if (reflected.versionProvider() != null) commandAttributes.remove("version"); // the provider answers at run time
        attributes("s", reflected, CommandSpec.create(), commandAttributes);
        attributes("s.usageMessage()", reflected.usageMessage(), CommandSpec.create().usageMessage(), USAGE_ATTRIBUTES);
        specFields("c", type, "s", "s");

        Map<ArgSpec, String> mixinOf = new IdentityHashMap<>();
        reflected.mixins().forEach((mixin, spec) -> spec.args().forEach(a -> mixinOf.put(a, mixin)));
        List<String> added = new ArrayList<>();
        for (ArgSpec arg : reflected.args()) {
            if (arg.inherited()) continue; // picocli copies inherited options itself when a subcommand is added
            String mixin = mixinOf.get(arg);
            if (mixin == null) {
                code.append("        s.add(").append(arg(arg, "c")).append(");\n");
            } else if (!added.contains(mixin)) {
                mixin(reflected, mixin);
                added.add(mixin);
            }
        }
        for (String mixin : reflected.mixins().keySet()) {
            if (!added.contains(mixin)) mixin(reflected, mixin);
        }
        code.append("        return s;\n    }\n");
    }

    /** A method that builds {@code reflected}'s name and help texts only (see {@link CommandModels#summary}). */
    private void summary(String name, CommandSpec reflected) {
        code.append("\n    private static CommandSpec ").append(name).append("() {\n");
        code.append("        CommandSpec s = CommandSpec.create();\n");
        code.append("        s.name(").append(literal(reflected.name())).append(");\n");
        attributes("s", reflected, CommandSpec.create(), COMMAND_ATTRIBUTES);
        attributes("s.usageMessage()", reflected.usageMessage(), CommandSpec.create().usageMessage(), USAGE_ATTRIBUTES);
        code.append("        return s;\n    }\n");
    }

    /** A mixin: its object, set into the command's field, its model (one method per mixin class), added to the command. */
    private void mixin(CommandSpec command, String name) {
        CommandSpec reflected = command.mixins().get(name);
        if (!(command.mixinAnnotatedElements().get(name).userObject() instanceof Field field)) {
            throw new IllegalStateException(command.name() + ": mixin " + name + " must be a field");
        }
        Class<?> type = reflected.userObject().getClass();
        String method = mixinMethods.computeIfAbsent(type, t -> mixinMethod(reflected));
        String m = "m" + variables++;
        code.append("        ").append(typeName(type)).append(' ').append(m).append(" = new ").append(typeName(type)).append("();\n");
        code.append("        ").append(fieldRef("c", field)).append(" = ").append(m).append(";\n");
        code.append("        s.addMixin(").append(literal(name)).append(", ").append(method).append("(").append(m).append(", s));\n");
    }

    /** A method that builds the model of a mixin object, its {@code @Spec(MIXEE)} fields set to the command using it. */
    private String mixinMethod(CommandSpec reflected) {
        check(reflected);
        Class<?> type = reflected.userObject().getClass();
        String method = "mixin" + mixinMethods.size();
        StringBuilder saved = new StringBuilder(code);
        code.setLength(0);
        code.append("\n    private static CommandSpec ").append(method).append("(").append(typeName(type)).append(" m, CommandSpec mixee) {\n");
        code.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(m);\n");
        attributes("s.usageMessage()", reflected.usageMessage(), CommandSpec.create().usageMessage(), USAGE_ATTRIBUTES);
        specFields("m", type, "s", "mixee");
        for (ArgSpec arg : reflected.args()) code.append("        s.add(").append(arg(arg, "m")).append(");\n");
        code.append("        return s;\n    }\n");
        mixinCode.append(code);
        code.setLength(0);
        code.append(saved);
        return method;
    }

    /** {@code @Spec} fields of {@code type}: the model itself, or (in a mixin, {@code MIXEE}) the command using it. */
    private void specFields(String target, Class<?> type, String self, String mixee) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                CommandLine.Spec spec = f.getAnnotation(CommandLine.Spec.class);
                if (spec == null) continue;
                code.append("        ").append(fieldRef(target, f)).append(" = ")
                        .append(spec.value() == CommandLine.Spec.Target.MIXEE ? mixee : self).append(";\n");
            }
        }
    }

    /** What this writer does not carry over: refuse it rather than build a different model. */
    private static void check(CommandSpec spec) {
        String what = spec.name() == null ? String.valueOf(spec.userObject()) : spec.name();
        if (spec.mixinStandardHelpOptions()) fail(what, "mixinStandardHelpOptions (Main adds the help options to every command)");
        if (!spec.argGroups().isEmpty()) fail(what, "argument groups");
        if (!spec.unmatchedArgsBindings().isEmpty()) fail(what, "@Unmatched");
        if (!spec.subcommands().isEmpty()) fail(what, "subcommands of subcommands");
        if (spec.defaultValueProvider() != null) fail(what, "a default value provider");
        if (spec.preprocessor() != null && !spec.preprocessor().getClass().getName().startsWith("picocli.")) fail(what, "a preprocessor");
        if (spec.negatableOptionTransformer() != null
                && !spec.negatableOptionTransformer().getClass().getName().startsWith("picocli.")) fail(what, "a negatable option transformer");
        for (Class<?> c = spec.userObject().getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(CommandLine.ParentCommand.class)) fail(what, "@ParentCommand (use spec.parent())");
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(CommandLine.Option.class) || m.isAnnotationPresent(CommandLine.Parameters.class)) {
                    fail(what, "an annotated method " + m.getName() + " (annotate a field)");
                }
            }
        }
    }

    private static void fail(String command, String what) {
        throw new IllegalStateException(command + ": the generated command model does not support " + what);
    }

    /** A builder expression for {@code arg}, its values going into fields of {@code target}. */
    private String arg(ArgSpec arg, String target) {
        if (!(arg.userObject() instanceof Field field)) throw new IllegalStateException(arg + ": options must be fields");
        if (arg.converters().length > 0) fail(arg.toString(), "converters");
        if (arg.parameterConsumer() != null) fail(arg.toString(), "parameter consumers");
        if (arg.completionCandidates() != null && !arg.typeInfo().isEnum()) fail(arg.toString(), "custom completion candidates");
        Object builder;
        Object defaults;
        StringBuilder b = new StringBuilder();
        if (arg instanceof OptionSpec option) {
            builder = option.toBuilder();
            defaults = OptionSpec.builder(option.names());
            b.append("OptionSpec.builder(").append(literal(option.names())).append(')');
        } else {
            builder = ((PositionalParamSpec) arg).toBuilder();
            defaults = PositionalParamSpec.builder();
            b.append("PositionalParamSpec.builder()");
        }
        for (Method getter : builder.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || BUILDER_SKIPPED.contains(getter.getName())) continue;
            Method setter = setter(builder.getClass(), getter);
            if (setter == null) continue;
            Object value = invoke(getter, builder);
            if (value instanceof Range r && r.isUnspecified()) continue; // picocli infers it from the type, as for the annotation
            if (java.util.Objects.deepEquals(value, invoke(getter, defaults))) continue;
            b.append("\n                .").append(getter.getName()).append('(').append(literal(value)).append(')');
        }
        int slot = slot(field);
        String access = "new Access(" + target + ", " + slot + ")";
        b.append("\n                .withToString(").append(literal(String.valueOf(arg.toString()))).append(')');
        b.append("\n                .getter(").append(access).append(").setter(").append(access).append(')');
        b.append("\n                .initialValue(").append(fieldRef(target, field)).append(").build()");
        return b.toString();
    }

    private static Method setter(Class<?> type, Method getter) {
        try {
            return type.getMethod(getter.getName(), getter.getReturnType());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(m + ": " + e, e);
        }
    }

    /** Setter calls for the attributes of {@code reflected} that differ from {@code defaults}. */
    private void attributes(String target, Object reflected, Object defaults, List<String> names) {
        for (String name : names) {
            Method getter;
            try {
                getter = reflected.getClass().getMethod(name);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("picocli has no " + name + "() on " + reflected.getClass().getSimpleName(), e);
            }
            Object value = invoke(getter, reflected);
            if (java.util.Objects.deepEquals(value, invoke(getter, defaults))) continue;
            if (containsVariable(value)) {
                throw new IllegalStateException(target + "." + name + ": ${...} in command texts would be resolved at build time");
            }
            if (setter(reflected.getClass(), getter) == null) {
                throw new IllegalStateException("picocli has no " + name + "(" + getter.getReturnType().getSimpleName() + ")");
            }
            code.append("        ").append(target).append('.').append(name).append('(').append(literal(value)).append(");\n");
        }
    }

    private static boolean containsVariable(Object value) {
        if (value instanceof String s) return s.contains("${");
        if (value instanceof String[] a) return java.util.Arrays.stream(a).anyMatch(s -> s != null && s.contains("${"));
        if (value instanceof Map<?, ?> m) return m.entrySet().stream().anyMatch(e -> containsVariable(e.getKey()) || containsVariable(e.getValue()));
        return false;
    }

    /** The slot of {@code field} in the generated accessor (one class for every field, not a lambda each). */
    private int slot(Field field) {
        if (Modifier.isPrivate(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
            throw new IllegalStateException(field + ": an option field must be neither private nor final, so the generated model can set it");
        }
        return slots.computeIfAbsent(field, f -> {
            int slot = accessors.size() / 2;
            String ref = fieldRef("target", f);
            accessors.add("                case " + slot + ": return (T) (Object) " + ref + ";\n");
            accessors.add("                case " + slot + ": " + ref + " = (" + typeName(f.getGenericType()) + ") value; break;\n");
            return slot;
        });
    }

    private String accessorClass() {
        StringBuilder get = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < accessors.size(); i++) (i % 2 == 0 ? get : set).append(accessors.get(i));
        return "\n    /** Reads and writes one option field: one class for all of them, where lambdas would each cost a class at start-up. */\n"
                + "    private static final class Access implements picocli.CommandLine.Model.IGetter, picocli.CommandLine.Model.ISetter {\n"
                + "        private final Object target;\n        private final int slot;\n\n"
                + "        Access(Object target, int slot) {\n            this.target = target;\n            this.slot = slot;\n        }\n\n"
                + "        @Override\n        public <T> T get() {\n            switch (slot) {\n" + get
                + "                default: throw new IllegalStateException(\"slot \" + slot);\n            }\n        }\n\n"
                + "        @Override\n        public <T> T set(T value) {\n            T old = get();\n            switch (slot) {\n" + set
                + "                default: throw new IllegalStateException(\"slot \" + slot);\n            }\n            return old;\n        }\n    }\n";
    }

    private static String fieldRef(String target, Field f) {
        return "((" + typeName(f.getDeclaringClass()) + ") " + target + ")." + f.getName();
    }

    private static String typeName(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) return typeName(c.getComponentType()) + "[]";
            return c.getCanonicalName();
        }
        if (type instanceof ParameterizedType p) {
            StringBuilder s = new StringBuilder(typeName(p.getRawType())).append('<');
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < args.length; i++) s.append(i > 0 ? ", " : "").append(typeName(args[i]));
            return s.append('>').toString();
        }
        throw new IllegalStateException("cannot write the type " + type);
    }

    /** A Java expression for a value of one of the types picocli's attributes take. */
    static String literal(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return stringLiteral(s);
        if (v instanceof Character c) return "'" + (c == '\'' || c == '\\' ? "\\" + c : String.valueOf(c)) + "'";
        if (v instanceof Boolean || v instanceof Integer) return v.toString();
        if (v instanceof Double d) return d + "d";
        if (v instanceof Enum<?> e) return typeName(e.getDeclaringClass()) + "." + e.name();
        if (v instanceof Class<?> c) return typeName(c) + ".class";
        if (v instanceof Range r) return "picocli.CommandLine.Range.valueOf(" + stringLiteral(r.originalValue()) + ")";
        if (v instanceof String[] a) return array("String", a);
        if (v instanceof Class<?>[] a) return array("Class<?>", a);
        if (v instanceof Map<?, ?> m) {
            StringBuilder s = new StringBuilder("CommandModels.map(");
            m.forEach((k, val) -> s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ").append(literal(k)).append(", ").append(literal(val)));
            return s.append(')').toString();
        }
        throw new IllegalStateException("cannot write a " + v.getClass().getName() + " literal: " + v);
    }

    private static String array(String type, Object[] items) {
        StringBuilder s = new StringBuilder("new ").append(type).append("[] {");
        for (int i = 0; i < items.length; i++) s.append(i > 0 ? ", " : "").append(literal(items[i]));
        return s.append('}').toString();
    }

    private static String stringLiteral(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20 || ch > 0x7e) b.append(String.format("\\u%04x", (int) ch));
                    else b.append(ch);
                }
            }
        }
        return b.append('"').toString();
    }
}
