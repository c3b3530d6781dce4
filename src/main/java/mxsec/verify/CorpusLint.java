package mxsec.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.text.Fold;

/**
 * What {@code validate} checks beyond the loader, for the promise that every statement is traceable and reads
 * alone: summaries that lean on a neighbour ("Despite that declaration, …", "The affair …"), entities a summary
 * names but the fact does not reference, summaries that give a year while the fact has no date, and notes that
 * carry knowledge from outside the reports (which belongs in {@code editor_note}). The built-in corpus's rare good
 * cases are listed in corpus/lint-exceptions.yaml, each with its reason; an exception no longer needed is a finding.
 */
public final class CorpusLint {
    /** One finding: where the fact stands, which check, and what to do. */
    public record Finding(String file, int line, int column, String check, String factId, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + check + ": " + factId + ": " + message;
        }
    }

    /** The checks' exceptions: fact ids per check ({@code unreferenced}: "fact-id kind:entity-id"), names never checked. */
    public record Exceptions(Map<String, Set<String>> byCheck, Set<String> names) {
        public static final Exceptions NONE = new Exceptions(Map.of(), Set.of());

        boolean excepts(String check, String key) {
            return byCheck.getOrDefault(check, Set.of()).contains(key);
        }

        /** corpus/lint-exceptions.yaml, as the jar carries it; none when absent. */
        public static Exceptions builtIn() {
            try (InputStream in = CorpusLint.class.getResourceAsStream("/mxsec-corpus/lint-exceptions.yaml")) {
                return in == null ? NONE : read(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        static Exceptions read(InputStream in) throws IOException {
            JsonNode root = new YAMLMapper().readTree(in);
            Map<String, Set<String>> byCheck = new HashMap<>();
            Set<String> names = new HashSet<>();
            if (root != null) {
                for (var e : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
                    Set<String> keys = new LinkedHashSet<>();
                    for (JsonNode item : e.getValue()) keys.add((item.isObject() ? item.path("fact").asText() : item.asText()).strip());
                    if (e.getKey().equals("names")) {
                        for (String n : keys) names.add(Fold.fold(n));
                    } else {
                        byCheck.put(e.getKey(), keys);
                    }
                }
            }
            return new Exceptions(byCheck, names);
        }
    }

    public static final String ANAPHORA = "anaphora", UNREFERENCED = "unreferenced", UNDATED = "undated", OUTSIDE = "outside";

    /** Openings that lean on what came before: pronouns, connectives, "the affair", "such a turn", "in the same month". */
    private static final Pattern LEANS = Pattern.compile("^(despite (that|this|these|those|it)\\b|(the|this|that|such an?) (affair|move|decision"
            + "|latter|former|episode|incident|turn|step|shift|change|deal)\\b|the same\\b|such\\b|so (may|might|can|could|will|would|does|did|do|is|are)\\b"
            + "|this\\b|these\\b|that\\b|those\\b|it\\b|its\\b|they\\b|their\\b|them\\b|he\\b|his\\b|him\\b|she\\b|her\\b|also\\b|meanwhile\\b"
            + "|however\\b|but\\b|and\\b|yet\\b|still\\b|thus\\b|hence\\b|then\\b|later\\b|afterwards?\\b|moreover\\b|furthermore\\b"
            + "|in addition\\b|as a result\\b|at the same time\\b|by then\\b|another\\b|here\\b|likewise\\b|similarly\\b|instead\\b|in turn\\b"
            + "|in response\\b|otherwise\\b|in (a|the) \\w+ in the same\\b|in the same (month|year|week|period)\\b|that (same )?(year|month)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Anywhere in a summary: a time or a referent that only a neighbour gives. */
    private static final Pattern LEANS_INSIDE = Pattern.compile("\\b(the same (month|year|week)|that (same )?(year|month|week)|the latter|the former"
            + "|the aforementioned|as noted (above|earlier|before))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
    /** Words by which a note says its knowledge comes from elsewhere. */
    private static final Pattern ELSEWHERE = Pattern.compile("\\b(press|background|outside knowledge|news (reports|accounts|stories)|media reports"
            + "|our identification|our reading|reported elsewhere|wikipedia|other sources)\\b", Pattern.CASE_INSENSITIVE);

    private CorpusLint() {}

    /** Every finding on {@code corpus}'s facts, in corpus order, then the exceptions no longer needed. */
    public static List<Finding> run(Corpus corpus, Exceptions exceptions) {
        List<Finding> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Names names = new Names(corpus, exceptions.names());
        for (Fact f : corpus.facts()) {
            String id = f.globalId();
            String summary = f.summary().strip();
            if (LEANS.matcher(summary).lookingAt() || LEANS_INSIDE.matcher(summary).find()) {
                if (!note(exceptions, ANAPHORA, id, used)) {
                    out.add(finding(f, ANAPHORA, "the summary leans on a neighbour (\"" + opening(summary) + "\"): name its subject and say its time"));
                }
            }
            for (Entity e : names.unreferenced(f)) {
                if (!note(exceptions, UNREFERENCED, id + " " + e.kind().singular() + ":" + e.id(), used)) {
                    out.add(finding(f, UNREFERENCED, "the summary names " + e.kind().singular() + " '" + e.id() + "' (" + e.name()
                            + ") but the fact does not reference it"));
                }
            }
            if (f.date() == null) {
                var m = YEAR.matcher(summary);
                if (m.find() && !note(exceptions, UNDATED, id, used)) {
                    out.add(finding(f, UNDATED, "the summary gives " + m.group() + " but the fact has no date: give it one (inferred: true when worked out)"));
                }
            }
            if (f.notes() != null) {
                var m = ELSEWHERE.matcher(f.notes());
                if (m.find() && !note(exceptions, OUTSIDE, id, used)) {
                    out.add(finding(f, OUTSIDE, "the notes speak of knowledge from elsewhere (\"" + m.group() + "\"): move it to editor_note"));
                }
            }
        }
        Set<String> known = new HashSet<>();
        for (Fact f : corpus.facts()) known.add(f.globalId());
        for (var e : exceptions.byCheck().entrySet()) {
            for (String key : e.getValue()) {
                if (used.contains(e.getKey() + " " + key)) continue;
                String fact = key.split(" ", 2)[0];
                if (known.contains(fact)) {
                    out.add(new Finding("corpus/lint-exceptions.yaml", 1, 1, e.getKey(), fact, "this exception is no longer needed: remove it"));
                }
            }
        }
        return out;
    }

    private static boolean note(Exceptions exceptions, String check, String key, Set<String> used) {
        if (!exceptions.excepts(check, key)) return false;
        used.add(check + " " + key);
        return true;
    }

    private static Finding finding(Fact f, String check, String message) {
        var at = f.location();
        return new Finding(at.file(), at.line(), at.column(), check, f.globalId(), message);
    }

    private static String opening(String summary) {
        String[] words = summary.split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(4, words.length))) + " …";
    }

    /**
     * Every entity's names, folded, that belong to one entity only (a name two entities share, like "Sinaloa",
     * says nothing of which is meant) and are not excepted; found as whole words, a name inside a longer name
     * found there ("Guadalajara" in "Guadalajara Cartel") left aside.
     */
    private static final class Names {
        private final Map<String, Entity> unique = new HashMap<>();
        /** Per folded name, how it is written: a name written only in capitals ("SAT") must stand so ("sat on" is no name). */
        private final Map<String, Set<String>> written = new HashMap<>();

        Names(Corpus corpus, Set<String> excepted) {
            Map<String, Set<Entity>> owners = new HashMap<>();
            for (EntityKind k : EntityKind.values()) {
                for (Entity e : corpus.entities(k)) {
                    for (String n : e.names()) {
                        String key = Fold.fold(n).strip();
                        if (key.length() < 3 || excepted.contains(key)) continue;
                        owners.computeIfAbsent(key, x -> new HashSet<>()).add(e);
                        written.computeIfAbsent(key, x -> new HashSet<>()).add(n);
                    }
                }
            }
            owners.forEach((key, es) -> {
                if (es.size() == 1) unique.put(key, es.iterator().next());
            });
        }

        List<Entity> unreferenced(Fact f) {
            String text = Fold.fold(f.summary());
            List<int[]> spans = new ArrayList<>();
            List<Entity> found = new ArrayList<>();
            for (var e : unique.entrySet()) {
                String name = e.getKey();
                for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                    int end = i + name.length();
                    if ((i > 0 && wordChar(text.charAt(i - 1))) || (end < text.length() && wordChar(text.charAt(end)))) continue;
                    if (!writtenAsIs(name, f.summary())) continue;
                    spans.add(new int[] {i, end, found.size()});
                    found.add(e.getValue());
                    break;
                }
            }
            List<Entity> out = new ArrayList<>();
            for (int[] s : spans) {
                Entity e = found.get(s[2]);
                if (f.mentions(e) || out.contains(e)) continue;
                boolean inside = false;
                for (int[] t : spans) {
                    inside |= t != s && found.get(t[2]) != e && t[0] <= s[0] && t[1] >= s[1] && t[1] - t[0] > s[1] - s[0];
                }
                if (!inside) out.add(e);
            }
            out.sort(java.util.Comparator.comparing(Entity::id));
            return out;
        }

        /** A name written only in capitals ("CIA", "SAT") counts only where the summary writes it so. */
        private boolean writtenAsIs(String key, String summary) {
            Set<String> forms = written.getOrDefault(key, Set.of());
            for (String n : forms) {
                if (!n.equals(n.toUpperCase(java.util.Locale.ROOT)) || n.chars().noneMatch(Character::isLetter)) return true;
            }
            for (String n : forms) {
                if (Pattern.compile("(?<![\\w-])" + Pattern.quote(n) + "(?![\\w-])").matcher(summary).find()) return true;
            }
            return false;
        }

        private static boolean wordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-';
        }
    }
}
