package mxsec.query;

import java.util.HashMap;
import java.util.Map;

/**
 * British spellings in their American form, so that a search for one finds the other: the reports are
 * written in American English, their readers type both. Word families by rule (-ise/-isation, -our, -lled,
 * -tre), with the exceptions English has; single words by list. Not a stemmer: the English stemmer runs after.
 */
final class Spellings {
    /** Words ending in -ise that are spelt so on both sides of the Atlantic (matched as word endings: "sunrise"). */
    private static final String[] ISE_BOTH = {"advertise", "advise", "apprise", "chastise", "circumcise",
        "comprise", "compromise", "concise", "demise", "despise", "devise", "disguise", "enterprise", "excise",
        "exercise", "expertise", "franchise", "improvise", "incise", "merchandise", "precise", "premise", "promise",
        "raise", "revise", "supervise", "surmise", "surprise", "televise", "wise", "noise", "poise", "praise",
        "cruise", "bruise", "reprise", "paradise", "guise", "treatise", "mortise", "porpoise", "tortoise",
        "otherwise", "likewise", "clockwise", "prise"};
    /** British -our roots and their American form; derived words follow (labourers, honourable). */
    private static final String[][] OUR = {{"labour", "labor"}, {"favour", "favor"}, {"honour", "honor"},
        {"colour", "color"}, {"behaviour", "behavior"}, {"neighbour", "neighbor"}, {"rumour", "rumor"},
        {"vigour", "vigor"}, {"harbour", "harbor"}, {"endeavour", "endeavor"}, {"armour", "armor"},
        {"saviour", "savior"}, {"valour", "valor"}, {"humour", "humor"}, {"flavour", "flavor"}, {"odour", "odor"},
        {"rigour", "rigor"}, {"splendour", "splendor"}, {"clamour", "clamor"}, {"parlour", "parlor"}};
    /** Verbs that double their final l in British inflections (travelled, labelling, modeller). */
    private static final String[] DOUBLE_L = {"travel", "label", "cancel", "model", "fuel", "signal", "channel",
        "counsel", "level", "total", "marshal", "tunnel", "equal", "funnel", "dial", "pedal", "rival", "quarrel",
        "shovel", "spiral", "initial", "jewel", "libel", "marvel", "panel", "parcel", "pencil", "unravel"};
    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        String[][] words = {{"defence", "defense"}, {"defences", "defenses"}, {"offence", "offense"},
            {"offences", "offenses"}, {"licence", "license"}, {"licences", "licenses"}, {"pretence", "pretense"},
            {"programme", "program"}, {"programmes", "programs"}, {"judgement", "judgment"},
            {"judgements", "judgments"}, {"ageing", "aging"}, {"catalogue", "catalog"}, {"analyse", "analyze"},
            {"analysed", "analyzed"}, {"analysing", "analyzing"}, {"paralyse", "paralyze"}, {"paralysed", "paralyzed"},
            {"catalyse", "catalyze"}, {"centre", "center"}, {"centres", "centers"}, {"centred", "centered"},
            {"theatre", "theater"}, {"theatres", "theaters"}, {"metre", "meter"}, {"metres", "meters"},
            {"litre", "liter"}, {"litres", "liters"}, {"fibre", "fiber"}, {"calibre", "caliber"},
            {"manoeuvre", "maneuver"}, {"manoeuvres", "maneuvers"}, {"sceptical", "skeptical"}, {"grey", "gray"},
            {"cheque", "check"}, {"tyre", "tire"}, {"enrol", "enroll"}, {"fulfil", "fulfill"}, {"whilst", "while"},
            {"amongst", "among"}, {"kidnaped", "kidnapped"}, {"kidnaping", "kidnapping"}, {"kidnaper", "kidnapper"},
            {"kidnapers", "kidnappers"}, {"advisor", "adviser"}, {"advisors", "advisers"}, {"plough", "plow"},
            {"gaol", "jail"}, {"towards", "toward"}, {"learnt", "learned"}, {"dialog", "dialogue"}};
        for (String[] w : words) WORDS.put(w[0], w[1]);
    }

    private Spellings() {}

    /** The American spelling of a folded, lower-case word; the word itself when it has none. */
    static String american(String word) {
        String listed = WORDS.get(word);
        if (listed != null) return listed;
        for (String[] our : OUR) {
            if (word.startsWith(our[0])) return our[1] + word.substring(our[0].length());
        }
        String ise = ise(word);
        if (ise != null) return ise;
        for (String verb : DOUBLE_L) {
            if (word.startsWith(verb + "l") && word.length() > verb.length() + 2) {
                String rest = word.substring(verb.length() + 1);
                if (rest.equals("ed") || rest.equals("ing") || rest.equals("er") || rest.equals("ers")) return verb + rest;
            }
        }
        return word;
    }

    /** organise, organised, organisation(s), organiser(s), organising: the -ize forms; null when not such a word. */
    private static String ise(String word) {
        String[] endings = {"isations", "isation", "ising", "isers", "iser", "ised", "ises", "ise"};
        for (String ending : endings) {
            if (!word.endsWith(ending)) continue;
            String root = word.substring(0, word.length() - ending.length());
            if (root.length() < 3) return null;
            String base = root + "ise";
            // rise and arise as whole words only: militarise and summarise end in -arise too.
            if (base.equals("arise") || base.equals("sunrise") || base.equals("uprise")) return null;
            for (String both : ISE_BOTH) {
                if (base.endsWith(both)) return null;
            }
            return root + "iz" + ending.substring(2);
        }
        return null;
    }
}
