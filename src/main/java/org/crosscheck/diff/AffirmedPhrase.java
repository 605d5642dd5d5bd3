package org.crosscheck.diff;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.index.Stemmer;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * The words of the other sentence that state what a negation denies: "did not find evidence of
 * fraud" against "Auditors uncovered evidence of fraud" gives "Auditors uncovered evidence". The
 * first word of the negated clause's matter that the other sentence also gives is found there,
 * and read with the words that lead to it in its own clause.
 */
final class AffirmedPhrase {

    /** How many content words after the negation are looked for on the other side. */
    private static final int MATTER_WORDS = 5;
    /** How many words before the shared word the phrase may reach back. */
    private static final int LEAD_WORDS = 6;
    /** How many words after the shared one the phrase may run on, while both sides read alike. */
    private static final int MAX_RUN = 4;
    /** How many words after the shared one a later word of the negated matter may stand in the phrase. */
    private static final int LATER_REACH = 8;

    /** Words that open a clause of its own inside the sentence: those that open a clause, but for "and" and "but". */
    private static final java.util.Set<String> SUBORDINATING = ScopedNegation.CLAUSE.stream()
            .filter(w -> !w.equals("and") && !w.equals("but")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private AffirmedPhrase() {
    }

    /**
     * The phrase of {@code otherText} at {@code other} that states what {@code negation} of the
     * sentence at {@code negated} denies, or an empty list when the other sentence shares none of
     * the negated clause's matter.
     */
    static List<Token> of(String text, Span negated, Token negation, String otherText, Span other) {
        List<Token> words = Tokenizer.words(text, negated.start(), negated.end()).stream().filter(Token::isWord).toList();
        List<Token> otherWords = Tokenizer.words(otherText, other.start(), other.end());
        int at = words.indexOf(negation);
        if (at < 0) {
            return List.of();
        }
        return shared(text, words, at, otherWords);
    }

    /**
     * The other side's phrase for the first word of the negated verb's matter it also gives. The
     * verb itself is passed over: the model reads verbs said another way ("did not find" /
     * "uncovered"), and a verb both sides give is the lexical readers' to judge with its arguments.
     */
    private static List<Token> shared(String text, List<Token> words, int at, List<Token> otherWords) {
        List<Integer> matter = NegatedPhrase.matter(text, words, at + 1, MATTER_WORDS);
        List<Token> first = null;
        for (int n = 0; n < matter.size(); n++) {
            int i = matter.get(n);
            String w = words.get(i).normal();
            if (n == 0 && org.crosscheck.text.sense.WordSenses.shared().canBeVerb(w)) {
                continue;
            }
            Set<String> stems = stems(w);
            for (int j = 0; j < otherWords.size(); j++) {
                if (otherWords.get(j).isWord() && stems.contains(Stemmer.stem(otherWords.get(j).normal()))) {
                    int from = leadStart(otherWords, j);
                    // "the mayor attended a meeting while the ceremony was held": matter that stands in a
                    // clause of its own is not what the other side's statement affirms
                    if (from > 0 && SUBORDINATING.contains(otherWords.get(from - 1).normal())) {
                        return first == null ? List.of() : first;
                    }
                    List<Token> phrase = otherWords.subList(from, Math.max(sharedRunEnd(words, i, otherWords, j),
                            laterMatterEnd(words, matter.subList(n, matter.size()), otherWords, j)));
                    // "so the consortium will be compensated" names the matter, "the state has agreed to
                    // underwrite a minimum level of traffic" states it: the first phrase with a verb
                    if (predicative(phrase)) {
                        return phrase;
                    }
                    first = first == null ? phrase : first;
                    break;
                }
            }
        }
        return first == null ? List.of() : withVerbAfter(first, otherWords);
    }

    /**
     * A phrase that names the matter without a verb ("the company") read on through the verb that
     * follows it ("the company had received"), so that it says what is stated of the matter.
     */
    private static List<Token> withVerbAfter(List<Token> phrase, List<Token> otherWords) {
        if (phrase.isEmpty() || predicative(phrase)) {
            return phrase;
        }
        int from = otherWords.indexOf(phrase.get(0));
        int end = otherWords.indexOf(phrase.get(phrase.size() - 1)) + 1;
        int e = end;
        while (e < otherWords.size() && e - end < 3 && otherWords.get(e).isWord() && AUXILIARIES.contains(otherWords.get(e).normal())) {
            e++;
        }
        if (e > end && e < otherWords.size() && otherWords.get(e).isWord() && otherWords.get(e).normal().endsWith("ed")) {
            return otherWords.subList(from, e + 1);
        }
        return phrase;
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did");

    /** Whether the phrase holds a verb: an auxiliary, or a word in -ed. */
    private static boolean predicative(List<Token> phrase) {
        return phrase.stream().anyMatch(t -> t.isWord() && (AUXILIARIES.contains(t.normal()) || t.normal().endsWith("ed")));
    }

    /** The stem of a word and, for a word joined by hyphens, of each part ("minimum-traffic" is "minimum" and "traffic"). */
    private static Set<String> stems(String word) {
        Set<String> out = new java.util.HashSet<>();
        out.add(Stemmer.stem(word));
        if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
                if (part.length() >= 3) {
                    out.add(Stemmer.stem(part));
                }
            }
        }
        return out;
    }

    /**
     * The end of the run of words after {@code j} that go on as the negated side's do after
     * {@code i} ("new short-term holiday lets"), so the phrase reads whole; at most four more.
     */
    private static int sharedRunEnd(List<Token> words, int i, List<Token> otherWords, int j) {
        int a = i + 1;
        int b = j + 1;
        while (b < otherWords.size() && b - j <= MAX_RUN && a < words.size() && otherWords.get(b).isWord()
                && Stemmer.stem(otherWords.get(b).normal()).equals(Stemmer.stem(words.get(a).normal()))) {
            a++;
            b++;
        }
        while (b - 1 > j && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(otherWords.get(b - 1).normal())) {
            b--; // "holiday lets", not "holiday lets in"
        }
        return b;
    }

    /**
     * The end of the furthest word of the negated matter (or part of the matched word) the other side gives in the same
     * run of words after {@code j} ("Travel into the affected districts has been restricted" for
     * "has not imposed any travel restrictions"), so the phrase holds the predicate too; {@code j + 1}
     * when none does.
     */
    private static int laterMatterEnd(List<Token> words, List<Integer> later, List<Token> otherWords, int j) {
        int end = j + 1;
        for (int b = j + 1; b < otherWords.size() && b - j <= LATER_REACH && otherWords.get(b).isWord()
                && !ScopedNegation.CLAUSE.contains(otherWords.get(b).normal()); b++) {
            String stem = Stemmer.stem(otherWords.get(b).normal());
            for (int i : later) {
                if (stems(words.get(i).normal()).contains(stem)) {
                    end = b + 1;
                }
            }
        }
        return end;
    }

    /** Where the words leading to {@code j} in its clause start: up to six words back, after a mark or a word that opens a clause. */
    private static int leadStart(List<Token> words, int j) {
        int k = j;
        while (k > 0 && j - k < LEAD_WORDS && words.get(k - 1).isWord() && !ScopedNegation.CLAUSE.contains(words.get(k - 1).normal())
                && !org.crosscheck.text.quote.QuoteAnalyzer.isReportingVerb(words.get(k - 1).text())) {
            k--;
        }
        // "vowed to take the case": an infinitive reads with the verb that governs it, a verb of saying too
        if (k > 0 && k < j && words.get(k).isWord("to") && words.get(k - 1).isWord()
                && !ScopedNegation.CLAUSE.contains(words.get(k - 1).normal())
                && org.crosscheck.text.sense.WordSenses.shared().canBeVerb(words.get(k - 1).normal())) {
            k--;
        }
        return k;
    }
}
