package mxsec.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import picocli.CommandLine.Command;

@Command(name = "state",
        header = "The 32 states, or what the reports say about one state.",
        description = {"Without NAME: the 32 states with fact counts, the groups each report names as dominant there, and "
                + "the reports that discuss them.",
            "With NAME: a profile: groups present with their status per report, events, figures, and what each report says."},
        footer = {"  mxsec state", "  mxsec state guerrero", "  mxsec state GRO --by date", "  mxsec state cdmx -o json | jq '.sections'",
            "  mxsec state tamaulipas --as-of 2018"})
final class StateCommand extends EntityCommand {
    @Override
    EntityKind kind() {
        return EntityKind.STATE;
    }

    @Override
    Map<String, Function<Entity, Object>> listColumns(List<Fact> facts) {
        Map<String, Function<Entity, Object>> columns = new LinkedHashMap<>();
        columns.put("iso", e -> e.attribute("iso"));
        columns.put("dominant", e -> facts.stream()
                .filter(f -> f.presence() != null && e.id().equals(f.presence().state()) && "dominant".equals(f.presence().status()))
                .map(f -> f.presence().group() + " (" + f.report().id() + ")").distinct().toList());
        return columns;
    }
}
