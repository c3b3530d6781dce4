package mxsec.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the {@link CompletionModel} as a bash, zsh or fish completion script. Lines end with '\n' only. */
final class CompletionScripts {
    private CompletionScripts() {}

    static String render(String shell, CompletionModel model) {
        return switch (shell) {
            case "bash" -> bash(model);
            case "zsh" -> zsh(model);
            case "fish" -> fish(model);
            default -> throw new UsageException("no completion for '" + shell + "': choose bash, zsh or fish");
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

    private static String bash(CompletionModel model) {
        StringBuilder s = new StringBuilder(String.format(HEADER, "bash", "bash"));
        Map<List<String>, String> lists = sharedLists(model);
        lists.forEach((words, var) -> s.append(var).append("='").append(words(words)).append("'\n"));
        s.append("\n_mxsec() {\n")
                .append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" cmd=\"\" i\n")
                .append("  for ((i = 1; i < COMP_CWORD; i++)); do\n")
                .append("    case \"${COMP_WORDS[i]}\" in -*) ;; *) cmd=\"${COMP_WORDS[i]}\"; break ;; esac\n")
                .append("  done\n")
                .append("  case \"$cmd\" in\n");
        List<String> top = new ArrayList<>();
        model.commands().forEach(c -> top.add(c.name()));
        top.addAll(model.rootOptions());
        s.append("    \"\") COMPREPLY=($(compgen -W '").append(words(top)).append("' -- \"$cur\")) ;;\n");
        for (CompletionModel.Command c : model.commands()) {
            s.append("    ").append(c.name()).append(")\n      case \"$prev\" in\n");
            for (CompletionModel.Option o : c.options()) {
                if (!o.takesValue()) continue;
                s.append("        ").append(String.join("|", o.names())).append(") ").append(bashValues(o.values(), lists)).append(" return ;;\n");
            }
            s.append("      esac\n");
            List<String> names = new ArrayList<>();
            c.options().forEach(o -> names.addAll(o.names()));
            s.append("      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W '").append(words(names)).append("' -- \"$cur\"))\n");
            s.append("      else ").append(bashValues(c.positionals(), lists)).append("\n      fi ;;\n");
        }
        s.append("  esac\n}\ncomplete -F _mxsec mxsec\n");
        return s.toString();
    }

    private static String bashValues(CompletionModel.Values v, Map<List<String>, String> lists) {
        if (v.directories()) return "COMPREPLY=($(compgen -d -- \"$cur\"));";
        if (v.words().isEmpty()) return "COMPREPLY=();";
        String list = lists.containsKey(v.words()) ? "$" + lists.get(v.words()) : words(v.words());
        return "COMPREPLY=($(compgen -W \"" + list + "\" -- \"$cur\"));";
    }

    private static String zsh(CompletionModel model) {
        StringBuilder s = new StringBuilder("#compdef mxsec\n").append(String.format(HEADER, "zsh", "zsh"));
        Map<List<String>, String> lists = sharedLists(model);
        s.append("\n_mxsec() {\n");
        lists.forEach((words, var) -> s.append("  local -a ").append(var).append("=(").append(words(words)).append(")\n"));
        s.append("  local cur=${words[CURRENT]} prev=${words[CURRENT-1]} cmd= i\n")
                .append("  for ((i = 2; i < CURRENT; i++)); do\n")
                .append("    case ${words[i]} in -*) ;; *) cmd=${words[i]}; break ;; esac\n")
                .append("  done\n")
                .append("  case $cmd in\n");
        List<String> top = new ArrayList<>();
        model.commands().forEach(c -> top.add(c.name()));
        top.addAll(model.rootOptions());
        s.append("    '') compadd -- ").append(words(top)).append(" ;;\n");
        for (CompletionModel.Command c : model.commands()) {
            s.append("    ").append(c.name()).append(")\n      case $prev in\n");
            for (CompletionModel.Option o : c.options()) {
                if (!o.takesValue()) continue;
                s.append("        ").append(String.join("|", o.names())).append(") ").append(zshValues(o.values(), lists)).append(" return ;;\n");
            }
            s.append("      esac\n");
            List<String> names = new ArrayList<>();
            c.options().forEach(o -> names.addAll(o.names()));
            s.append("      if [[ $cur == -* ]]; then compadd -- ").append(words(names)).append("\n");
            s.append("      else ").append(zshValues(c.positionals(), lists)).append("\n      fi ;;\n");
        }
        s.append("  esac\n}\n\n_mxsec \"$@\"\n");
        return s.toString();
    }

    private static String zshValues(CompletionModel.Values v, Map<List<String>, String> lists) {
        if (v.directories()) return "_files -/;";
        if (v.words().isEmpty()) return ":;";
        return "compadd -- " + (lists.containsKey(v.words()) ? "$" + lists.get(v.words()) : words(v.words())) + ";";
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
