// Writes a synthetic corpus for scale benchmarks (not committed as data):
//   java bench/SyntheticCorpus.java OUT_DIR REPORTS [FACTS_PER_REPORT]
// Reports synth-0001... with facts of every kind, referring to the built-in states, groups and vocabulary,
// so the result validates on top of the built-in corpus. Deterministic: the same arguments give the same files.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

public class SyntheticCorpus {
    static final List<String> STATES = List.of("guerrero", "michoacan", "tamaulipas", "sinaloa", "jalisco", "chihuahua",
            "guanajuato", "veracruz", "zacatecas", "sonora", "colima", "quintana-roo", "baja-california", "estado-de-mexico");
    static final List<String> GROUPS = List.of("cjng", "sinaloa-cartel", "gulf-cartel", "zetas", "cartel-del-noreste",
            "la-familia-michoacana", "knights-templar", "beltran-leyva-organization", "juarez-cartel", "tijuana-cartel");
    static final List<String> TOPICS = List.of("homicide", "fentanyl", "extortion", "fuel-theft", "migration", "corruption",
            "arms", "ports", "prisons", "judiciary", "police", "military", "cooperation", "money-laundering", "territory");
    static final List<String> STATUSES = List.of("dominant", "contested", "present", "limited");
    static final List<String> RELATIONS = List.of("alliance", "rivalry", "cooperation");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int reports = Integer.parseInt(args[1]);
        int perReport = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Files.createDirectories(out.resolve("reports"));
        Random random = new Random(42);
        for (int r = 1; r <= reports; r++) {
            String id = String.format("synth-%04d", r);
            int year = 2000 + r % 25;
            StringBuilder y = new StringBuilder();
            y.append("report:\n  id: ").append(id).append("\n  title: Synthetic report ").append(r)
                    .append("\n  authors: [Bench Generator]\n  publisher: mxsec benchmarks\n  published: ").append(year)
                    .append("-06\n  kind: report\n  sections: [Findings, Recommendations]\nfacts:\n");
            for (int f = 1; f <= perReport; f++) {
                String state = STATES.get(random.nextInt(STATES.size()));
                String group = GROUPS.get(random.nextInt(GROUPS.size()));
                String topic = TOPICS.get(random.nextInt(TOPICS.size()));
                int line = 1 + random.nextInt(200);
                y.append("  - id: f").append(f).append('\n');
                switch (f % 6) {
                    case 0 -> y.append("    kind: statistic\n    date: ").append(year).append("\n    summary: A synthetic figure of ")
                            .append(f * 10).append(" for ").append(state).append(".\n    value: ").append(f * 10)
                            .append("\n    unit: people\n    measure: synthetic-measure\n    scope: Mexico\n    as_written: \"")
                            .append(f * 10).append("\"\n    states: [").append(state).append("]\n");
                    case 1 -> y.append("    kind: presence\n    summary: The group operates in the state.\n    group: ").append(group)
                            .append("\n    state: ").append(state).append("\n    status: ").append(STATUSES.get(f % 4)).append('\n');
                    case 2 -> y.append("    kind: relationship\n    summary: Two groups relate.\n    group: ").append(group)
                            .append("\n    type: ").append(RELATIONS.get(f % 3)).append("\n    other: ")
                            .append(GROUPS.get((GROUPS.indexOf(group) + 1) % GROUPS.size())).append('\n');
                    case 3 -> y.append("    kind: event\n    date: ").append(year).append('-').append(String.format("%02d", 1 + f % 12))
                            .append("\n    summary: Something happened in the state.\n    states: [").append(state)
                            .append("]\n    groups: [").append(group).append("]\n");
                    case 4 -> y.append("    kind: recommendation\n    summary: Someone should act.\n    actors: [United States]\n    area: ")
                            .append(topic).append('\n');
                    default -> y.append("    kind: assessment\n    summary: The author judges the situation in the state to be serious.\n    states: [")
                            .append(state).append("]\n");
                }
                y.append("    topics: [").append(topic).append("]\n    source: {section: ")
                        .append(f % 6 == 4 ? "Recommendations" : "Findings").append(", lines: ").append(line).append("}\n");
            }
            Files.writeString(out.resolve("reports/" + id + ".yaml"), y.toString(), StandardCharsets.UTF_8);
        }
    }
}
