package mxsec.cli.shell;

import mxsec.cli.completion.CompletionModel;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion in {@code mxsec shell}, from the same {@link CompletionModel} as the shell scripts. */
public final class ShellCompleter implements Completer {
    private final CompletionModel model;

    public ShellCompleter(CompletionModel model) {
        this.model = model;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        if (index == 0) {
            model.commands().forEach(c -> candidates.add(new Candidate(c.name(), c.name(), null, c.description(), null, null, true)));
            candidates.add(new Candidate("exit", "exit", null, "leave the shell", null, null, true));
            return;
        }
        CompletionModel.Command command = model.command(words.get(0));
        if (command == null) return;
        String previous = words.get(index - 1);
        for (CompletionModel.Option o : command.options()) {
            if (o.takesValue() && o.names().contains(previous)) {
                o.values().words().forEach(v -> candidates.add(new Candidate(v)));
                return;
            }
        }
        if (line.word().startsWith("-")) {
            for (CompletionModel.Option o : command.options()) {
                for (String n : o.names()) candidates.add(new Candidate(n, n, null, o.description(), null, null, true));
            }
            return;
        }
        command.positionals().words().forEach(v -> candidates.add(new Candidate(v)));
    }
}
