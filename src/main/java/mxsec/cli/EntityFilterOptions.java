package mxsec.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.EntityKind;
import mxsec.query.NameResolver;
import picocli.CommandLine.Option;

/** --state, --group, --person, --institution, --policy, --place, --administration: only facts about these (names resolved). */
public class EntityFilterOptions {
    @Option(names = "--state", paramLabel = "NAME", description = "Only facts about this state (repeatable).")
    List<String> states = new ArrayList<>();

    @Option(names = "--group", paramLabel = "NAME", description = "Only facts about this group (repeatable).")
    List<String> groups = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME", description = "Only facts about this person (repeatable).")
    List<String> people = new ArrayList<>();

    @Option(names = "--institution", paramLabel = "NAME", description = "Only facts about this institution (repeatable).")
    List<String> institutions = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "NAME", description = "Only facts about this law, programme or framework (repeatable).")
    List<String> policies = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME", description = "Only facts about this city, port or crossing (repeatable).")
    List<String> places = new ArrayList<>();

    @Option(names = "--administration", paramLabel = "NAME", description = "Only facts about this administration (repeatable).")
    List<String> administrations = new ArrayList<>();

    Map<EntityKind, Set<String>> resolve(NameResolver resolver) {
        Map<EntityKind, List<String>> typed = new EnumMap<>(EntityKind.class);
        typed.put(EntityKind.STATE, states);
        typed.put(EntityKind.GROUP, groups);
        typed.put(EntityKind.PERSON, people);
        typed.put(EntityKind.INSTITUTION, institutions);
        typed.put(EntityKind.POLICY, policies);
        typed.put(EntityKind.PLACE, places);
        typed.put(EntityKind.ADMINISTRATION, administrations);
        return FilterOptions.resolve(resolver, typed);
    }
}
