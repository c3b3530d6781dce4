package mxsec.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.Location;
import mxsec.model.Report;
import mxsec.text.Fold;

/**
 * What a user corpus may change in the built-in corpus it is loaded on top of: it adds; it does not silently
 * redefine. A built-in entity, report or vocabulary term is replaced only where the user's file says so at its
 * top ({@code overrides: [id, ...]}); a user fact links to built-in facts only where its file names their reports
 * ({@code extends: [report-id, ...]}); and no id, name or alias of a user entity may be one a built-in entity of
 * its kind is found by, since the built-in one would then no longer answer to it. Facts about built-in entities
 * are adding, and allowed: the output says which corpus each fact comes from.
 */
final class UserLayer {
    /** What each message says after what it found. */
    private static final String RULE = "; a user corpus adds, it does not redefine: ";

    private final Corpus base;
    private final Problems problems;
    /** Built-in entities replaced on purpose, by kind: their names are the user's to take. */
    private final Map<EntityKind, Set<String>> replaced = new EnumMap<>(EntityKind.class);
    private final List<Name> names = new ArrayList<>();
    private final List<Declared> declared = new ArrayList<>();
    /** The declarations of each user report file, by its report's id. */
    private final Map<String, Declared> ofReport = new HashMap<>();

    /** One way a user entity is found (an id, a name, an alias, a code), where it is written. */
    private record Name(Location at, EntityKind kind, String written) {}

    UserLayer(Corpus base, Problems problems) {
        this.base = base;
        this.problems = problems;
    }

    /** A file's {@code overrides:} and {@code extends:} (what it replaces and links to on purpose); each must be used. */
    static final class Declared {
        private final String replaces;
        private final Map<String, Location> overrides = new LinkedHashMap<>();
        private final Map<String, Location> extendsReports = new LinkedHashMap<>();
        private final Set<String> used = new HashSet<>();
        private final Set<String> usedExtends = new HashSet<>();

        private Declared(String replaces) {
            this.replaces = replaces;
        }

        boolean overrides(String id) {
            if (!overrides.containsKey(id)) return false;
            used.add(id);
            return true;
        }

        private boolean extendsReport(String report) {
            if (!extendsReports.containsKey(report)) return false;
            usedExtends.add(report);
            return true;
        }
    }

    /**
     * Reads {@code overrides:} (and, with {@code extendsToo}, {@code extends:}) from the top of a file; {@code replaces}
     * says what an override of this file replaces ("entity", "report", "vocabulary term"), for messages.
     */
    Declared declare(YamlNode.Mapping top, String replaces, boolean extendsToo) {
        Declared d = new Declared(replaces);
        Fields f = new Fields(top, problems, "the top of the file");
        for (YamlNode.Scalar s : f.scalars("overrides", false)) d.overrides.putIfAbsent(s.text().strip(), s.location());
        if (extendsToo) {
            for (YamlNode.Scalar s : f.scalars("extends", false)) d.extendsReports.putIfAbsent(s.text().strip(), s.location());
        }
        declared.add(d);
        return d;
    }

    /** The declarations of the file of user report {@code report}, for its facts' links. */
    void ofReport(String report, Declared d) {
        ofReport.put(report, d);
    }

    /** Whether {@code d} replaces the built-in {@code what} {@code id} (defined at {@code builtIn}); a problem at {@code at} if not. */
    boolean replaces(Location builtIn, Location at, String what, String id, Declared d) {
        if (d.overrides(id)) return true;
        problems.add(at, "'" + id + "' is already a built-in " + what + " (" + builtIn + ")" + RULE
                + "write 'overrides: [" + id + "]' at the top of the file to replace it on purpose");
        return false;
    }

    /** A built-in entity replaced on purpose: its names are free for the user's entities. */
    void replaced(EntityKind kind, String id) {
        replaced.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
    }

    /** A user vocabulary term: a new one adds, the built-in one with the same meaning changes nothing, another meaning redefines. */
    boolean mayDefine(String list, String term, String meaning, Location at, Declared d) {
        Map<String, String> builtIn = base.vocabulary().lists().get(list);
        String before = builtIn == null ? null : builtIn.get(term);
        if (before == null || before.equals(meaning) || d.overrides(term)) return true;
        problems.add(at, "term '" + term + "' of vocabulary '" + list + "' is already built-in, with another meaning" + RULE
                + "write 'overrides: [" + term + "]' at the top of the file to give it yours on purpose");
        return false;
    }

    /** The ways user entity {@code e} is found, read from its {@code node}, to check against the built-in names once all is read. */
    void names(Entity e, YamlNode.Mapping node) {
        names.add(new Name(at(node, "id", null), e.kind(), e.id()));
        names.add(new Name(at(node, "id", null), e.kind(), e.id().replace('-', ' ')));
        names.add(new Name(at(node, "name", null), e.kind(), e.name()));
        for (String alias : e.aliases()) names.add(new Name(at(node, "aliases", alias), e.kind(), alias));
        for (List<String> misprints : e.misprints().values()) {
            for (String m : misprints) names.add(new Name(at(node, "spellings", m), e.kind(), m));
        }
        String iso = e.attribute("iso");
        if (iso != null) {
            names.add(new Name(at(node, "iso", null), e.kind(), iso));
            names.add(new Name(at(node, "iso", null), e.kind(), iso.substring(iso.indexOf('-') + 1)));
        }
    }

    /** Where {@code key}'s value stands, or (with {@code item}) the entry of that text within it, however deep. */
    private static Location at(YamlNode.Mapping node, String key, String item) {
        var entry = node.entries().get(key);
        if (entry == null) return node.location();
        if (item != null) {
            Location found = find(entry.value(), item);
            if (found != null) return found;
        }
        return entry.value().location();
    }

    private static Location find(YamlNode node, String text) {
        if (node instanceof YamlNode.Scalar s) return s.text() != null && s.text().strip().equals(text) ? s.location() : null;
        List<YamlNode> children = new ArrayList<>();
        if (node instanceof YamlNode.Sequence seq) children.addAll(seq.items());
        if (node instanceof YamlNode.Mapping m) for (var e : m.entries().values()) children.add(e.value());
        for (YamlNode child : children) {
            Location found = find(child, text);
            if (found != null) return found;
        }
        return null;
    }

    /** A user fact of {@code from} links to {@code target}: a built-in fact only where the file extends its report. */
    void link(Location at, Report from, String type, Fact target) {
        if (target.location().userCorpus() != null) return;
        Declared d = ofReport.get(from.id());
        if (d != null && d.extendsReport(target.report().id())) return;
        problems.add(at, "'" + type + "' names built-in fact '" + target.globalId() + "'; a user corpus adds, it does not change "
                + "what built-in facts show: write 'extends: [" + target.report().id() + "]' at the top of the file to link to its facts on purpose");
    }

    /** Once every file is read: user names that built-in entities are found by, and declarations nothing used. */
    void finish() {
        Map<EntityKind, Map<String, Entity>> builtIn = new EnumMap<>(EntityKind.class);
        Set<String> said = new HashSet<>();
        for (Name n : names) {
            Map<String, Entity> keys = builtIn.get(n.kind());
            if (keys == null) builtIn.put(n.kind(), keys = keys(n.kind()));
            String key = Fold.fold(n.written());
            Entity owner = key.isEmpty() ? null : keys.get(key);
            if (owner == null || !said.add(n.at() + " " + owner.kind() + ":" + owner.id())) continue; // once per place and entity
            String kind = owner.kind().singular();
            problems.add(n.at(), "'" + Ids.printable(n.written()) + "' is already a built-in name of " + kind + " " + owner.id()
                    + " (" + Ids.printable(owner.name()) + ")" + RULE + "choose another, or replace " + kind + " " + owner.id()
                    + " on purpose: an entry of id '" + owner.id() + "' and 'overrides: [" + owner.id() + "]' at the top of its file");
        }
        for (Declared d : declared) {
            for (var o : d.overrides.entrySet()) {
                if (!d.used.contains(o.getKey())) {
                    problems.add(o.getValue(), "'overrides' names '" + Ids.printable(o.getKey()) + "', but this file replaces no built-in "
                            + d.replaces + " of that id");
                }
            }
            for (var e : d.extendsReports.entrySet()) {
                if (!d.usedExtends.contains(e.getKey())) {
                    problems.add(e.getValue(), "'extends' names '" + Ids.printable(e.getKey()) + "', but no fact of this file links to a built-in fact of that report");
                }
            }
        }
    }

    /** The folded names the built-in entities of {@code kind} are found by, but those replaced on purpose. */
    private Map<String, Entity> keys(EntityKind kind) {
        Map<String, Entity> keys = new HashMap<>();
        Set<String> gone = replaced.getOrDefault(kind, Set.of());
        for (Entity e : base.entities(kind)) {
            if (gone.contains(e.id())) continue;
            for (String key : Fold.keys(e.spellings())) keys.putIfAbsent(key, e);
        }
        return keys;
    }
}
