package mxsec.query;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * How search reads text, the same for the corpus and for a query: Lucene's analysis splits words (Unicode word
 * boundaries), drops the English possessive, folds case and accents; then {@link Spellings} turns British forms
 * American and the stop words of both languages go. A word has two stems, English (Snowball's Porter2) and
 * Spanish (Lucene's light stemmer): the reports mix both languages (plazas, autodefensas, huachicoleros), and
 * two words match when either stem agrees. Thread-safe.
 */
public final class Analysis {
    /** English stop words (Lucene's) and the Spanish articles, prepositions and conjunctions names are built from. */
    private static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        String[] spanish = {"el", "la", "los", "las", "lo", "del", "de", "y", "e", "en", "un", "una", "unos", "unas",
            "al", "por", "para", "con", "o", "u", "su", "sus"};
        for (String w : spanish) stop.add(w);
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    private static final Analyzer WORDS = new WordAnalyzer();

    private Analysis() {}

    /** The words of {@code text} as search keeps them: folded, American, stop words dropped, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        try (TokenStream stream = WORDS.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = normalize(term);
                if (!word.isEmpty() && !STOP_WORDS.contains(word)) out.add(word);
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        return out;
    }

    /** Whether {@code word} (folded) is a stop word that search leaves out. */
    public static boolean stopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** The English stem of a word of {@link #words}. */
    public static String english(String word) {
        if (!hasLetter(word)) return word;
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(Spellings.american(word));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The Spanish stem of a word of {@link #words} (accents are folded already, as the stemmer expects them either way). */
    public static String spanish(String word) {
        if (!hasLetter(word)) return word;
        char[] chars = word.toCharArray();
        int length = new SpanishLightStemmer().stem(chars, chars.length);
        return new String(chars, 0, length);
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) return true;
        }
        return false;
    }

    /**
     * A token as typed and as printed alike: "U.S." and "US", "33,000" and "33000" are one word. Dots go from words
     * with letters, commas from between digits; a decimal point stays.
     */
    private static String normalize(CharArraySequence term) {
        StringBuilder out = new StringBuilder(term.length());
        boolean letters = false;
        for (int i = 0; i < term.length(); i++) letters |= Character.isLetter(term.charAt(i));
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '.' && letters) continue;
            if (c == ',' || c == '\'' || c == '\u2019') continue;
            out.append(c);
        }
        return out.toString().trim();
    }

    private static String normalize(CharTermAttribute term) {
        return normalize(new CharArraySequence(term.buffer(), term.length()));
    }

    /** A view of a term's characters, without copying them into a String first. */
    private record CharArraySequence(char[] chars, int length) {
        char charAt(int i) {
            return chars[i];
        }
    }

    /** Lucene's tokenizer and folding filters; what follows them is plain code in {@link #words}. */
    private static final class WordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
