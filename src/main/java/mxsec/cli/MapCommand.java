package mxsec.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.Report;
import mxsec.query.FactFilter;
import mxsec.render.Tabular;
import mxsec.render.TileMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "map",
        header = "A tile map of Mexico's states: dominant groups, one group's reach, or a topic.",
        description = {"Each of the 32 states is one cell at its place on a grid that keeps the country's shape. By default a "
                + "cell shows the group the newest report that speaks of the state calls dominant there (--report or --as-of "
                + "choose which reports count); --group shows where one group is dominant, contested or present; --topic "
                + "shades states by how many facts of that topic concern them.",
            "Without colour, cells carry letters and the legend maps them; -o json|csv gives the state-to-value table."},
        footer = {"  mxsec map", "  mxsec map --as-of 2018", "  mxsec map --group cjng", "  mxsec map --topic fuel-theft",
            "  mxsec map --report ellis-2022 -o csv"})
final class MapCommand extends QueryCommand {
    @Option(names = "--group", paramLabel = "NAME", description = "Show where this group is dominant, contested, present or limited.")
    String group;

    private static final int[] PALETTE = {160, 33, 34, 214, 129, 37, 202, 99, 142, 205, 94, 66};
    private static final int SEVERAL = 245;
    private static final int NONE_DOMINANT = 252;
    private static final Map<String, Integer> STATUS_COLORS = Map.of("dominant", 160, "contested", 214, "present", 33, "limited", 110, "absent", 250);
    private static final int[] SHADES = {254, 153, 75, 27, 18};

    /** One state's value: what the cell shows and the facts behind it. */
    private record Value(String value, List<String> reports) {}

    @Override
    protected int execute() {
        if (topicMode() && group != null) throw new UsageException("choose one of --group and --topic");
        FactFilter filter = filters.filter(corpus());
        Map<String, Entity> byIso = new HashMap<>();
        for (Entity s : corpus().entities(EntityKind.STATE)) byIso.put(s.attribute("iso").substring(3), s);
        Map<String, Value> values = new LinkedHashMap<>();
        String title;
        // One pass over the facts that can count, each filed under its states (a pass per state cost 32 scans).
        Map<String, List<Fact>> byState = new HashMap<>();
        if (topicMode()) {
            title = "Facts on " + String.join(", ", filters.topics) + " by state";
            for (Fact f : facts(filter)) {
                for (String state : new java.util.LinkedHashSet<>(f.refs(EntityKind.STATE))) {
                    byState.computeIfAbsent(state, k -> new ArrayList<>()).add(f);
                }
            }
            for (String iso : TileMap.states()) {
                List<Fact> facts = byState.getOrDefault(byIso.get(iso).id(), List.of());
                values.put(iso, new Value(String.valueOf(facts.size()), reports(facts)));
            }
        } else {
            Entity g = group == null ? null : resolver().resolve(EntityKind.GROUP, group);
            title = g == null ? "Dominant groups by state" : "Where " + g.name() + " is, by state";
            for (Fact f : facts(filter.withKinds(Set.of(FactKind.PRESENCE)))) {
                if (f.presence().state() == null || g != null && !g.id().equals(f.presence().group())) continue;
                byState.computeIfAbsent(f.presence().state(), k -> new ArrayList<>()).add(f);
            }
            for (String iso : TileMap.states()) {
                List<Fact> facts = byState.get(byIso.get(iso).id());
                if (facts == null) continue;
                // The newest report that speaks of this state decides (the first of them, on a tie).
                Report newest = facts.get(0).report();
                for (Fact f : facts) if (f.report().published().compareTo(newest.published()) > 0) newest = f.report();
                List<Fact> said = new ArrayList<>();
                for (Fact f : facts) if (f.report() == newest) said.add(f);
                String value;
                if (g != null) {
                    value = strongest(said);
                } else {
                    List<String> dominant = new ArrayList<>();
                    for (Fact f : said) {
                        if ("dominant".equals(f.presence().status()) && !dominant.contains(f.presence().group())) dominant.add(f.presence().group());
                    }
                    value = dominant.isEmpty() ? "no dominant group" : dominant.size() > 1 ? "several" : dominant.get(0);
                }
                values.put(iso, new Value(value, List.of(newest.id())));
            }
        }
        if (!output.format().human()) {
            List<List<Object>> rows = new ArrayList<>();
            for (String iso : TileMap.states()) {
                Entity s = byIso.get(iso);
                Value v = values.get(iso);
                rows.add(java.util.Arrays.asList(s.id(), s.attribute("iso"), s.name(), v == null ? null : v.value(), v == null ? List.of() : v.reports()));
            }
            new Tabular(List.of("state", "iso", "name", "value", "reports"), rows).render(output.format(), output.style(), output.out());
            return ExitCodes.OK;
        }
        Map<String, TileMap.Category> legend = legend(values);
        Map<String, TileMap.Category> cells = new LinkedHashMap<>();
        values.forEach((iso, v) -> cells.put(iso, legend.get(topicMode() ? shade(Integer.parseInt(v.value())) : v.value())));
        TileMap.render(cells, new ArrayList<>(new java.util.LinkedHashSet<>(legend.values())), title, output.style(), output.out());
        return ExitCodes.OK;
    }

    private boolean topicMode() {
        return !filters.topics.isEmpty();
    }

    private static List<String> reports(List<Fact> facts) {
        return facts.stream().map(f -> f.report().id()).distinct().toList();
    }

    /** Of one report's statements about a group in a state, the strongest status. */
    private static String strongest(List<Fact> said) {
        for (String status : List.of("dominant", "contested", "present", "limited", "absent")) {
            if (said.stream().anyMatch(f -> status.equals(f.presence().status()))) return status;
        }
        return "present";
    }

    private static String shade(int n) {
        return n == 0 ? "0" : n <= 2 ? "1-2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
    }

    /** Value to category, in a stable order: groups by how many states they hold, then id. */
    private Map<String, TileMap.Category> legend(Map<String, Value> values) {
        Map<String, TileMap.Category> legend = new LinkedHashMap<>();
        boolean unicode = output.style().unicode();
        if (topicMode()) {
            String[] marks = unicode ? new String[] {" ", "\u2591", "\u2592", "\u2593", "\u2588"} : new String[] {" ", ".", "+", "*", "#"};
            String[] bands = {"0", "1-2", "3-5", "6-10", "11+"};
            for (int i = 0; i < bands.length; i++) legend.put(bands[i], new TileMap.Category(marks[i], SHADES[i], bands[i] + " facts"));
            return legend;
        }
        if (group != null) {
            String[] order = {"dominant", "contested", "present", "limited", "absent"};
            for (String status : order) {
                if (values.values().stream().anyMatch(v -> v.value().equals(status))) {
                    legend.put(status, new TileMap.Category(status.substring(0, 1).toUpperCase(java.util.Locale.ROOT), STATUS_COLORS.get(status), status));
                }
            }
            return legend;
        }
        Map<String, Long> counts = new HashMap<>();
        values.values().forEach(v -> counts.merge(v.value(), 1L, Long::sum));
        List<String> groups = counts.keySet().stream().filter(v -> !v.equals("several") && !v.equals("no dominant group"))
                .sorted(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> v)).toList();
        char letter = 'a';
        int i = 0;
        for (String g : groups) {
            Entity e = corpus().entity(EntityKind.GROUP, g);
            legend.put(g, new TileMap.Category(String.valueOf(letter++), PALETTE[i++ % PALETTE.length], e == null ? g : e.name() + " (" + g + ")"));
        }
        if (counts.containsKey("several")) legend.put("several", new TileMap.Category("+", SEVERAL, "several groups dominant"));
        if (counts.containsKey("no dominant group")) legend.put("no dominant group", new TileMap.Category("-", NONE_DOMINANT, "groups present, none dominant"));
        return legend;
    }
}
