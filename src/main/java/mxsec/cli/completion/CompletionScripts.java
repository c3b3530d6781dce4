package mxsec.cli.completion;

import mxsec.cli.UsageException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the {@link CompletionModel} as a bash, zsh or fish completion script. Lines end with '\n' only. */
public final class CompletionScripts {
    private CompletionScripts() {}

    public static String render(String shell, CompletionModel model) {
        return switch (shell) {
            case "bash" -> bash(model);
            case "zsh" -> zsh(model);
            case "fish" -> fish(model);
            default -> throw new UsageException("no completion for " + mxsec.text.Echo.quote(shell) + ": choose bash, zsh or fish");
        };
    }

    private static final String HEADER = "# %s completion for mxsec. Generated from the command model and the corpus by\n"
            + "# 'mxsec completion %s'; do not edit (the test suite fails when it is stale).\n";

    /** Value lists shared by several options get one variable each, so the script stays small. */
    private static Map<List<String>, String> sharedLists(CompletionModel model) {
        Map<List<String>, Integer> uses = new LinkedHashMap<>();
        for (CompletionModel.Command c : model.commands()) {
            for (CompletionModel.Option o : c.options()) uses.merge(o.values().words(), 1, Integer::sum);
            uses.merge(c.positionals().words(), 1, Integer::sum);
        }
        Map<List<String>, String> names = new LinkedHashMap<>();
        int n = 0;
        for (var e : uses.entrySet()) {
            if (e.getKey().size() > 3) names.put(e.getKey(), "_mxsec_v" + n++);
        }
        return names;
    }

    private static String words(List<String> words) {
        return String.join(" ", words);
    }

    /**
     * What differs between bash and zsh in the same case-statement completer: how the script starts, how the
     * shared lists are declared, how the words are read, and how candidates are offered.
     */
    private record Dialect(String start, String declare, String prologue, String topCase, String prevCase,
                           String optionTest, String end, boolean bash) {
        /** Offer {@code words} (a literal list, or $var for a shared one). */
        String offer(String words) {
            return bash ? "COMPREPLY=($(compgen -W \"" + words + "\" -- \"$cur\"));" : "compadd -- " + words + ";";
        }

        String directories() {
            return bash ? "COMPREPLY=($(compgen -d -- \"$cur\"));" : "_files -/;";
        }

        String nothing() {
            return bash ? "COMPREPLY=();" : ":;";
        }
    }

    private static final Dialect BASH = new Dialect(
            String.format(HEADER, "bash", "bash"),
            "%s='%s'\n",
            "\n_mxsec() {\n"
                    + "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" cmd=\"\" i\n"
                    + "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
                    + "    case \"${COMP_WORDS[i]}\" in -*) ;; *) cmd=\"${COMP_WORDS[i]}\"; break ;; esac\n"
                    + "  done\n"
                    + "  case \"$cmd\" in\n",
            "    \"\") COMPREPLY=($(compgen -W '%s' -- \"$cur\")) ;;\n",
            "      case \"$prev\" in\n",
            "      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W '%s' -- \"$cur\"))\n",
            "  esac\n}\ncomplete -F _mxsec mxsec\n",
            true);

    private static final Dialect ZSH = new Dialect(
            "#compdef mxsec\n" + String.format(HEADER, "zsh", "zsh") + "\n_mxsec() {\n",
            "  local -a %s=(%s)\n",
            "  local cur=${words[CURRENT]} prev=${words[CURRENT-1]} cmd= i\n"
                    + "  for ((i = 2; i < CURRENT; i++)); do\n"
                    + "    case ${words[i]} in -*) ;; *) cmd=${words[i]}; break ;; esac\n"
                    + "  done\n"
                    + "  case $cmd in\n",
            "    '') compadd -- %s ;;\n",
            "      case $prev in\n",
            "      if [[ $cur == -* ]]; then compadd -- %s\n",
            "  esac\n}\n\n_mxsec \"$@\"\n",
            false);

    private static String bash(CompletionModel model) {
        return caseScript(model, BASH);
    }

    private static String zsh(CompletionModel model) {
        return caseScript(model, ZSH);
    }

    /** A completer that finds the subcommand, then completes by the previous word (an option) or the current one. */
    private static String caseScript(CompletionModel model, Dialect d) {
        StringBuilder s = new StringBuilder(d.start());
        Map<List<String>, String> lists = sharedLists(model);
        lists.forEach((words, var) -> s.append(String.format(d.declare(), var, words(words))));
        s.append(d.prologue());
        List<String> top = new ArrayList<>();
        model.commands().forEach(c -> top.add(c.name()));
        top.addAll(model.rootOptions());
        s.append(String.format(d.topCase(), words(top)));
        for (CompletionModel.Command c : model.commands()) {
            s.append("    ").append(c.name()).append(")\n").append(d.prevCase());
            for (CompletionModel.Option o : c.options()) {
                if (!o.takesValue()) continue;
                s.append("        ").append(String.join("|", o.names())).append(") ").append(values(o.values(), lists, d)).append(" return ;;\n");
            }
            s.append("      esac\n");
            List<String> names = new ArrayList<>();
            c.options().forEach(o -> names.addAll(o.names()));
            s.append(String.format(d.optionTest(), words(names)));
            s.append("      else ").append(values(c.positionals(), lists, d)).append("\n      fi ;;\n");
        }
        s.append(d.end());
        return s.toString();
    }

    private static String values(CompletionModel.Values v, Map<List<String>, String> lists, Dialect d) {
        if (v.directories()) return d.directories();
        if (v.words().isEmpty()) return d.nothing();
        return d.offer(lists.containsKey(v.words()) ? "$" + lists.get(v.words()) : words(v.words()));
    }

    private static String fish(CompletionModel model) {
        StringBuilder s = new StringBuilder(String.format(HEADER, "fish", "fish"));
        Map<List<String>, String> lists = sharedLists(model);
        lists.forEach((words, name) -> s.append("function _").append(name).append("; printf '%s\\n' ")
                .append(words(words.stream().map(CompletionScripts::fishQuote).toList())).append("; end\n"));
        s.append("complete -c mxsec -f\n");
        for (CompletionModel.Command c : model.commands()) {
            s.append("complete -c mxsec -n __fish_use_subcommand -a ").append(c.name())
                    .append(" -d ").append(fishQuote(c.description())).append('\n');
        }
        for (CompletionModel.Command c : model.commands()) {
            String when = " -n '__fish_seen_subcommand_from " + c.name() + "'";
            for (CompletionModel.Option o : c.options()) {
                StringBuilder line = new StringBuilder("complete -c mxsec").append(when);
                for (String n : o.names()) line.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
                if (o.takesValue()) {
                    if (o.values().directories()) line.append(" -r -a '(__fish_complete_directories)'");
                    else if (o.values().any()) line.append(" -x -a ").append(fishWords(o.values().words(), lists));
                    else line.append(" -x");
                }
                line.append(" -d ").append(fishQuote(o.description()));
                s.append(line).append('\n');
            }
            if (c.positionals().directories()) {
                s.append("complete -c mxsec").append(when).append(" -a '(__fish_complete_directories)'\n");
            } else if (c.positionals().any()) {
                s.append("complete -c mxsec").append(when).append(" -a ").append(fishWords(c.positionals().words(), lists)).append('\n');
            }
        }
        return s.toString();
    }

    private static String fishWords(List<String> words, Map<List<String>, String> lists) {
        return lists.containsKey(words) ? "'(_" + lists.get(words) + ")'" : fishQuote(words(words));
    }

    private static String fishQuote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
