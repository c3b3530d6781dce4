package mxsec.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.SearchTexts;
import mxsec.model.Thesaurus;

/**
 * A corpus's texts analyzed for search ({@link SearchTexts}) with what a query needs besides: the entities by
 * number, the thesaurus analyzed, each field's mean length. The built-in corpus ships its texts analyzed at build
 * time (analyzing them all would cost a cold search ~100 ms); a user corpus's are analyzed on first use. Kept by
 * the corpus while it lives (the shell asks many questions of one corpus).
 */
public final class SearchIndex {
    /** One word of a query or of a term as search compares them: its folded form and its two stems (numbers: -1 when the corpus has none such). */
    record Word(String text, String english, String spanish, int englishId, int spanishId) {
        boolean sameAs(Word other) {
            return english.equals(other.english) || spanish.equals(other.spanish);
        }
    }

    final SearchTexts texts;
    final Entity[] entities;
    final double[] meanLength;
    /** The thesaurus's groups, each term as its words (analyzed with the rest of the texts: a build does it for the built-in corpus). */
    final List<List<Word[]>> thesaurus;
    final List<Thesaurus.Group> groups;
    /** Per entity number, its spellings as words. */
    private final Word[][][] spellings;

    private SearchIndex(Corpus corpus, SearchTexts texts) {
        this.texts = texts;
        List<Entity> all = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) all.addAll(corpus.entities(kind));
        this.entities = all.toArray(new Entity[0]);
        this.meanLength = new double[SearchTexts.FIELDS.length];
        for (int[][] fields : texts.facts()) {
            for (int f = 0; f < fields.length; f++) meanLength[f] += fields[f].length;
        }
        for (int f = 0; f < meanLength.length; f++) meanLength[f] = Math.max(1, meanLength[f] / Math.max(1, texts.facts().length));
        this.spellings = new Word[texts.spellings().length][][];
        for (int e = 0; e < spellings.length; e++) {
            int[][] stored = texts.spellings()[e];
            spellings[e] = new Word[stored.length][];
            for (int s = 0; s < stored.length; s++) spellings[e][s] = stored(stored[s]);
        }
        this.groups = corpus.thesaurus().groups();
        this.thesaurus = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            List<Word[]> terms = new ArrayList<>(groups.get(g).terms().size());
            for (int t = 0; t < groups.get(g).terms().size(); t++) {
                Word[] words = stored(texts.thesaurus()[g][t]);
                if (words.length > 0) terms.add(words);
            }
            thesaurus.add(terms);
        }
    }

    /** The search index of a corpus, kept by the corpus while it lives; synchronized: the preload thread may be building it. */
    public static synchronized SearchIndex of(Corpus corpus) {
        SearchIndex index = corpus.derived(SearchIndex.class);
        if (index != null) return index;
        mxsec.Trace.mark("search index wanted");
        SearchTexts stored = corpus.storedSearchTexts() == null ? null : corpus.storedSearchTexts().read();
        mxsec.Trace.mark("search texts read");
        if (stored == null || stored.facts().length != corpus.factCount() || stored.spellings().length != corpus.entityCount()
                || !fits(stored.thesaurus(), corpus.thesaurus())) {
            stored = analyze(corpus);
        }
        index = corpus.keepDerived(SearchIndex.class, new SearchIndex(corpus, stored));
        mxsec.Trace.mark("search index");
        return index;
    }

    /** Whether stored thesaurus terms are those of {@code thesaurus}, group by group and term by term. */
    private static boolean fits(int[][][] stored, Thesaurus thesaurus) {
        if (stored.length != thesaurus.groups().size()) return false;
        for (int g = 0; g < stored.length; g++) {
            if (stored[g].length != thesaurus.groups().get(g).terms().size()) return false;
        }
        return true;
    }

    /** Every text of {@code corpus} analyzed: what a build stores beside the corpus (see {@link Corpus#storedSearchTexts}). */
    public static SearchTexts analyze(Corpus corpus) {
        Map<String, Integer> wordIds = new HashMap<>();
        List<String> words = new ArrayList<>();
        Map<EntityKind, Map<String, Integer>> entityIds = new java.util.EnumMap<>(EntityKind.class);
        List<int[][]> spellings = new ArrayList<>();
        int n = 0;
        for (EntityKind kind : EntityKind.values()) {
            Map<String, Integer> ids = new HashMap<>();
            for (Entity e : corpus.entities(kind)) {
                ids.put(e.id(), n++);
                LinkedHashSet<List<Integer>> distinct = new LinkedHashSet<>();
                for (String s : e.spellings()) {
                    int[] seq = numbers(Analysis.words(s), wordIds, words);
                    if (seq.length > 0) distinct.add(boxed(seq));
                }
                int[][] all = new int[distinct.size()][];
                int k = 0;
                for (List<Integer> seq : distinct) all[k++] = unboxed(seq);
                spellings.add(all);
            }
            entityIds.put(kind, ids);
        }
        int[][][] facts = new int[corpus.factCount()][][];
        int[][] refs = new int[facts.length][];
        int i = 0;
        for (Fact f : corpus.facts()) {
            String[] fields = {f.summary(), f.notes(), measure(f), topics(f)};
            facts[i] = new int[fields.length][];
            for (int k = 0; k < fields.length; k++) facts[i][k] = numbers(Analysis.words(fields[k]), wordIds, words);
            List<Integer> referenced = new ArrayList<>();
            for (EntityKind kind : EntityKind.values()) {
                for (String id : f.refs(kind)) {
                    Integer number = entityIds.get(kind).get(id);
                    if (number != null && !referenced.contains(number)) referenced.add(number);
                }
            }
            refs[i++] = unboxed(referenced);
        }
        List<Thesaurus.Group> groups = corpus.thesaurus().groups();
        int[][][] thesaurus = new int[groups.size()][][];
        for (int g = 0; g < thesaurus.length; g++) {
            List<String> terms = groups.get(g).terms();
            thesaurus[g] = new int[terms.size()][];
            for (int t = 0; t < terms.size(); t++) thesaurus[g][t] = numbers(Analysis.words(terms.get(t)), wordIds, words);
        }
        // Stems, sorted, and each word's two.
        java.util.TreeSet<String> stemSet = new java.util.TreeSet<>();
        String[] english = new String[words.size()], spanish = new String[words.size()];
        for (int w = 0; w < words.size(); w++) {
            stemSet.add(english[w] = Analysis.english(words.get(w)));
            stemSet.add(spanish[w] = Analysis.spanish(words.get(w)));
        }
        String[] stems = stemSet.toArray(new String[0]);
        int[] englishIds = new int[words.size()], spanishIds = new int[words.size()];
        for (int w = 0; w < words.size(); w++) {
            englishIds[w] = Arrays.binarySearch(stems, english[w]);
            spanishIds[w] = Arrays.binarySearch(stems, spanish[w]);
        }
        return new SearchTexts(words.toArray(new String[0]), stems, englishIds, spanishIds, facts, refs,
                spellings.toArray(new int[0][][]), thesaurus);
    }

    private static String measure(Fact f) {
        if (f.statistic() == null) return null;
        String scope = f.statistic().scope();
        String unit = f.statistic().unit();
        return f.statistic().measure() + (scope == null ? "" : " " + scope) + (unit == null ? "" : " " + unit);
    }

    private static String topics(Fact f) {
        StringBuilder s = new StringBuilder();
        for (String t : f.topics()) s.append(t.replace('-', ' ')).append(" \u00b7 ");
        return s.toString();
    }

    private static int[] numbers(List<String> words, Map<String, Integer> ids, List<String> all) {
        int[] seq = new int[words.size()];
        for (int i = 0; i < seq.length; i++) {
            Integer id = ids.get(words.get(i));
            if (id == null) {
                ids.put(words.get(i), id = all.size());
                all.add(words.get(i));
            }
            seq[i] = id;
        }
        return seq;
    }

    private static List<Integer> boxed(int[] seq) {
        List<Integer> out = new ArrayList<>(seq.length);
        for (int v : seq) out.add(v);
        return out;
    }

    private static int[] unboxed(List<Integer> seq) {
        int[] out = new int[seq.size()];
        for (int i = 0; i < out.length; i++) out[i] = seq.get(i);
        return out;
    }

    /** {@code text} as search compares it: its words, each with its stems. */
    Word[] words(String text) {
        List<String> analyzed = Analysis.words(text);
        Word[] out = new Word[analyzed.size()];
        for (int i = 0; i < out.length; i++) {
            String w = analyzed.get(i), en = Analysis.english(w), es = Analysis.spanish(w);
            out[i] = new Word(w, en, es, stemId(en), stemId(es));
        }
        return out;
    }

    private Word[] stored(int[] seq) {
        Word[] out = new Word[seq.length];
        for (int i = 0; i < seq.length; i++) out[i] = stored(seq[i]);
        return out;
    }

    /** The stored word with number {@code w}. */
    Word stored(int w) {
        int en = texts.english()[w], es = texts.spanish()[w];
        return new Word(texts.words()[w], texts.stems()[en], texts.stems()[es], en, es);
    }

    private int stemId(String stem) {
        int i = Arrays.binarySearch(texts.stems(), stem);
        return i < 0 ? -1 : i;
    }

    /** Whether the stored word {@code w} is {@code word} (either stem agrees). */
    boolean matches(int w, Word word) {
        return texts.english()[w] == word.englishId() || texts.spanish()[w] == word.spanishId();
    }

    /** How many times {@code term} stands in the word sequence {@code seq}. */
    int count(int[] seq, Word[] term) {
        int hits = 0;
        outer:
        for (int p = 0; p + term.length <= seq.length; p++) {
            for (int k = 0; k < term.length; k++) {
                if (!matches(seq[p + k], term[k])) continue outer;
            }
            hits++;
        }
        return hits;
    }

    /** The position where {@code term} first stands in {@code seq}; -1 when it does not. */
    int find(int[] seq, Word[] term) {
        outer:
        for (int p = 0; p + term.length <= seq.length; p++) {
            for (int k = 0; k < term.length; k++) {
                if (!matches(seq[p + k], term[k])) continue outer;
            }
            return p;
        }
        return -1;
    }

    /** The spellings of entity number {@code e}, as words. */
    Word[][] spellings(int e) {
        return spellings[e];
    }

    int entityCount() {
        return entities.length;
    }

    /** Whether two word sequences say the same (word by word, either stem agreeing). */
    static boolean same(Word[] a, Word[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].sameAs(b[i])) return false;
        }
        return true;
    }

    /** Every word of the corpus, for "did you mean". */
    List<String> vocabulary() {
        return Arrays.asList(texts.words());
    }
}
