package mxsec.cli;

import java.util.ArrayList;
import java.util.List;
import mxsec.render.Tabular;
import picocli.CommandLine.Command;

@Command(name = "topics",
        header = "The topics facts are tagged with.",
        description = "The topics facts are tagged with (the controlled vocabulary), with their meaning and fact counts.",
        footer = {"  mxsec topics", "  mxsec topics --report felbab-brown-2024 -o csv"})
final class TopicsCommand extends QueryCommand {
    @Override
    protected int execute() {
        var filter = filters.filter(corpus());
        List<List<Object>> rows = new ArrayList<>();
        corpus().vocabulary().terms("topics").forEach((topic, meaning) -> {
            long n = corpus().facts().stream().filter(filter).filter(f -> f.topics().contains(topic)).count();
            rows.add(List.of(topic, n, meaning));
        });
        new Tabular(List.of("topic", "facts", "meaning"), rows).render(output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }
}
