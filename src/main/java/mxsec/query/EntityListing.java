package mxsec.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;

/**
 * The list of one kind's entities with what the facts say of each: id, name, the kind's own columns (a
 * state's ISO code and the groups each report calls dominant there, a group's type), fact count, reports.
 */
public record EntityListing(List<String> columns, List<List<Object>> rows) {
    /** Which groups a group list keeps: of a type, and placed by some fact in a state (either may be null: any). */
    public record GroupFilter(String type, String stateId) {
        public static final GroupFilter ANY = new GroupFilter(null, null);

        boolean keeps(Entity group, List<Fact> facts) {
            if (type != null && !type.equalsIgnoreCase(group.attribute("type"))) return false;
            if (stateId == null) return true;
            for (Fact f : facts) {
                if (f.presence() != null && group.id().equals(f.presence().group()) && stateId.equals(f.presence().state())) return true;
            }
            return false;
        }
    }

    /** The entities of {@code kind} (groups as {@code groups} keeps them), each with what {@code facts} say of it. */
    public static EntityListing of(Corpus corpus, EntityKind kind, List<Fact> facts, GroupFilter groups) {
        List<String> columns = new ArrayList<>(List.of("id", "name"));
        if (kind == EntityKind.STATE) columns.addAll(List.of("iso", "dominant"));
        if (kind == EntityKind.GROUP) columns.add("type");
        columns.add("facts");
        columns.add("reports");
        List<List<Object>> rows = new ArrayList<>();
        for (Entity e : corpus.entities(kind)) {
            if (kind == EntityKind.GROUP && !groups.keeps(e, facts)) continue;
            List<Object> row = new ArrayList<>(List.of(e.id(), e.name()));
            if (kind == EntityKind.STATE) {
                row.add(e.attribute("iso"));
                row.add(dominantIn(e, facts));
            }
            if (kind == EntityKind.GROUP) row.add(e.attribute("type"));
            int count = 0;
            Set<String> reports = new LinkedHashSet<>();
            for (Fact f : facts) {
                if (!f.mentions(e)) continue;
                count++;
                reports.add(f.report().id());
            }
            row.add(count);
            row.add(List.copyOf(reports));
            rows.add(row);
        }
        return new EntityListing(columns, rows);
    }

    /** "group (report)" for each report that calls a group dominant in {@code state}, once each. */
    private static List<String> dominantIn(Entity state, List<Fact> facts) {
        Set<String> out = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f.presence() != null && state.id().equals(f.presence().state()) && "dominant".equals(f.presence().status())) {
                out.add(f.presence().group() + " (" + f.report().id() + ")");
            }
        }
        return List.copyOf(out);
    }
}
