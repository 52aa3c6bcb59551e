package au.gov.dss.socialmedia.engine.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms of a word found from its lemma, so that a rule lists {@code fuck++} once instead of every form. A word
 * written with {@code +} is a noun: the lemma and its plural ({@code cunt+}: cunt, cunts). A word written with
 * {@code ++} is also a verb: its third person, past, present participle (and the dropped-g {@code -in}), agent
 * noun and adjective ({@code shit++}: shits, shitted, shitting, shittin, shitter, shitty). English spelling rules
 * apply: a final {@code e} is dropped before a vowel, a final {@code y} after a consonant becomes {@code ie}, and
 * the final consonant of a short word doubles (written both ways, as people do). Irregular forms are listed as
 * words of their own in the rule set ({@code shot}, {@code hung}).
 *
 * <p>For offensive lexicons, the rule set's {@code compound-prefixes} make compounds of every form of the lemma
 * ({@code mother}+{@code fucking}), its {@code compound-suffixes} compounds of the lemma and its variants
 * ({@code cock}+{@code suckers}, {@code fuk}+{@code wits}), and its {@code spelling-variants}
 * ({@code ck>k}, {@code u>v}) make the spellings people use to slip past a filter ({@code fuk}, {@code fvck}),
 * each with all its forms and compounds (for {@code ++} lemmas of four letters or more only: a noun such as
 * {@code kraut} would otherwise become a word of another language).
 */
final class Morphology {

    private Morphology() {
    }

    /** Whether a term is written as a lemma (any of its words ends with {@code +}). */
    static boolean isLemma(String term) {
        return term.indexOf('+') >= 0;
    }

    /** Every form of a phrase whose words may carry {@code +} or {@code ++}: the product of each word's forms. */
    static List<String> phraseForms(String phrase) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (String w : phrase.strip().split("\\s+")) {
            List<String> forms = wordForms(w);
            List<String> next = new ArrayList<>(out.size() * forms.size());
            for (String prefix : out) {
                for (String f : forms) {
                    next.add(prefix.isEmpty() ? f : prefix + " " + f);
                }
            }
            out = next;
        }
        return out;
    }

    /** The forms of one word written with or without {@code +}/{@code ++}. */
    static List<String> wordForms(String w) {
        if (w.endsWith("++")) {
            return new ArrayList<>(verbForms(w.substring(0, w.length() - 2).toLowerCase(Locale.ROOT)));
        }
        if (w.endsWith("+")) {
            return new ArrayList<>(nounForms(w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT)));
        }
        return List.of(w);
    }

    static Set<String> nounForms(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        out.add(plural(lemma));
        return out;
    }

    static Set<String> verbForms(String lemma) {
        Set<String> out = nounForms(lemma);
        for (String stem : stems(lemma)) {
            out.add(stem + "ing");
            out.add(stem + "in");
            out.add(stem + (stem.endsWith("e") ? "d" : "ed"));
            out.add(stem + (stem.endsWith("e") ? "r" : "er"));
            out.add(stem + (stem.endsWith("e") ? "rs" : "ers"));
            out.add(stem + "y");
        }
        if (lemma.endsWith("y") && lemma.length() > 2 && !isVowel(lemma.charAt(lemma.length() - 2))) {
            out.add(lemma.substring(0, lemma.length() - 1) + "ied");
        }
        out.remove("");
        return out;
    }

    /** The stems suffixes join: the lemma, without a final e, with its final consonant doubled. */
    private static List<String> stems(String lemma) {
        List<String> stems = new ArrayList<>(2);
        int n = lemma.length();
        if (n > 2 && lemma.endsWith("e") && !lemma.endsWith("ee")) {
            stems.add(lemma.substring(0, n - 1));
            return stems;
        }
        stems.add(lemma);
        if (n >= 3 && !isVowel(lemma.charAt(n - 1)) && "wxy".indexOf(lemma.charAt(n - 1)) < 0
                && isVowel(lemma.charAt(n - 2)) && !isVowel(lemma.charAt(n - 3)) && vowelGroups(lemma) == 1) {
            stems.add(lemma + lemma.charAt(n - 1));
        }
        return stems;
    }

    static String plural(String w) {
        int n = w.length();
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (n > 1 && w.endsWith("y") && !isVowel(w.charAt(n - 2))) {
            return w.substring(0, n - 1) + "ies";
        }
        return w + "s";
    }

    /**
     * The forms, compounds and spelling variants of an offensive lemma ({@code fuck++}).
     *
     * @param variants pairs {@code from>to} replaced once each in the lemma (for lemmas of four letters or more)
     */
    static Set<String> offensiveForms(String term, List<String> prefixes, List<String> suffixes,
                                      List<String> variants) {
        Set<String> out = new LinkedHashSet<>();
        String[] words = term.strip().split("\\s+");
        if (words.length != 1) {
            out.addAll(phraseForms(term));
            return out;
        }
        String w = words[0];
        String mark = w.endsWith("++") ? "++" : "+";
        String lemma = w.substring(0, w.length() - mark.length()).toLowerCase(Locale.ROOT);
        Set<String> lemmas = new LinkedHashSet<>();
        lemmas.add(lemma);
        if (lemma.length() >= 4 && mark.equals("++")) {
            for (String v : variants) {
                int arrow = v.indexOf('>');
                if (arrow <= 0) {
                    continue;
                }
                String from = v.substring(0, arrow);
                String to = v.substring(arrow + 1);
                int at = lemma.indexOf(from);
                if (at >= 0) {
                    lemmas.add(lemma.substring(0, at) + to + lemma.substring(at + from.length()));
                }
            }
        }
        for (String l : lemmas) {
            Set<String> forms = mark.equals("++") ? verbForms(l) : nounForms(l);
            out.addAll(forms);
            if (l.equals(lemma)) { // prefixes join the lemma as written, not its variant spellings
                for (String p : prefixes) {
                    for (String f : forms) {
                        out.add(p + f);
                    }
                }
            }
            for (String s : suffixes) {
                out.add(l + s);
                out.add(plural(l + s));
            }
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static int vowelGroups(String w) {
        int groups = 0;
        boolean in = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = isVowel(w.charAt(i));
            if (v && !in) {
                groups++;
            }
            in = v;
        }
        return groups;
    }
}
