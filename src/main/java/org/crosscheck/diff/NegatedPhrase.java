package org.crosscheck.diff;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;

import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * The whole phrase a negation stands in, as an editor reads it: from the auxiliary before the
 * change through the predicate after it and its particle ("had not been sacked", "did not rule
 * out", "failed to reach"), not just the changed words ("not", "did not rule").
 */
final class NegatedPhrase {

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "has",
            "have", "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must",
            "to", "yet", "no", "longer", "failed", "refused", "declined", "fail", "refuse", "decline", "unable");
    /** Auxiliaries that carry a predicate's tense or mood: kept before the changed words. */
    private static final Set<String> HELPERS = Set.of("is", "are", "was", "were", "be", "been", "am", "has", "have", "had",
            "will", "would", "can", "could", "shall", "should", "may", "might", "must");
    private static final Set<String> PARTICLES = Set.of("out", "off", "up", "down", "in", "on", "away", "back", "over");
    private static final int MAX_EXTENSION = 4;

    private NegatedPhrase() {
    }

    /**
     * The phrase around the changed words {@code run} of the sentence at {@code sentence}; when the
     * run is empty (the side without the negation), the phrase around where it would stand, after
     * {@code before}.
     */
    static List<Token> of(String text, Span sentence, List<Token> run, Token before) {
        List<Token> words = Tokenizer.words(text, sentence.start(), sentence.end()).stream().filter(Token::isWord).toList();
        int start;
        int end;
        if (!run.isEmpty()) {
            start = PredicateArguments.indexOf(words, run.get(0));
            end = PredicateArguments.indexOf(words, run.get(run.size() - 1));
        } else {
            int b = before == null ? -1 : PredicateArguments.indexOf(words, before);
            start = b >= 0 ? b : 0;
            end = b >= 0 ? b : -1;
        }
        if (start < 0 || words.isEmpty()) {
            return run;
        }
        if (start > 0 && !run.isEmpty() && HELPERS.contains(words.get(start - 1).normal())) {
            start--;
        }
        int limit = Math.min(words.size() - 1, Math.max(end, start) + MAX_EXTENSION);
        while (end < limit && (end < start || end < 0 || functionWord(words.get(end)))) {
            end++;
        }
        if (end + 1 < words.size() && PARTICLES.contains(words.get(end + 1).normal())) {
            end++;
        }
        return end < start ? run : words.subList(start, end + 1);
    }

    /**
     * The phrase carried on through what its predicate takes, to the end of its clause and at most
     * {@value #MAX_COMPLEMENT} content words further: "had not decided whether to appeal" against "had already decided
     * to appeal", "conceded defeat on Sunday night" against "did not concede on election night".
     * The changed words alone ("had already", "conceded") do not say which claim was turned round.
     */
    static List<Token> withComplement(String text, Span sentence, List<Token> phrase) {
        if (phrase.isEmpty()) {
            return phrase;
        }
        List<Token> tokens = Tokenizer.words(text, sentence.start(), sentence.end());
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().equals(phrase.get(phrase.size() - 1).span())) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return phrase;
        }
        List<Token> out = new java.util.ArrayList<>(phrase);
        int content = 0;
        for (int i = last + 1; i < tokens.size() && content < MAX_COMPLEMENT; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() && !INNER_SYMBOLS.contains(t.text()) || CLAUSE_STARTS.contains(t.normal())) {
                break;
            }
            out.add(t);
            if (t.isWord() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.normal())) {
                content++;
            }
        }
        // a phrase cut short by the bound ends on its last content word, not on "the"
        while (out.size() > phrase.size() && DANGLING.contains(out.get(out.size() - 1).normal())) {
            out.remove(out.size() - 1);
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code words.get(i)} opens a new clause: a word such as "because" or "and", or a word
     * with a comma, semicolon, colon or dash between it and the word before.
     */
    static boolean endsClause(String text, List<Token> words, int i) {
        if (CLAUSE_STARTS.contains(words.get(i).normal())) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        String between = text.substring(words.get(i - 1).span().end(), words.get(i).span().start());
        return between.chars().anyMatch(ch -> ch == ',' || ch == ';' || ch == ':' || ch == '\u2014' || ch == '\u2013');
    }

    /**
     * The indexes of the first {@code limit} content words (no stop word, three letters or more)
     * of {@code words} from {@code from} on, up to where the clause ends: the matter a negation
     * before {@code from} denies.
     */
    static List<Integer> matter(String text, List<Token> words, int from, int limit) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = from; i < words.size() && out.size() < limit && !endsClause(text, words, i); i++) {
            String w = words.get(i).normal();
            if (!org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) && w.length() >= 3) {
                out.add(i);
            }
        }
        return out;
    }

    /** Words that open the next clause, where a predicate's complement ends. */
    private static final Set<String> CLAUSE_STARTS = Set.of("and", "but", "or", "while", "whereas", "although", "though",
            "because", "since", "unless", "if", "when", "after", "before", "so", "saying", "adding", "which",
            "who", "where", "than");
    private static final Set<String> DANGLING = Set.of("the", "a", "an", "of", "its", "their", "his", "her", "our",
            "this", "that", "these", "those", "'", "\u2019");
    /** Signs that stand inside a complement ("15%", "the banks' systems", "$5m"). */
    private static final Set<String> INNER_SYMBOLS = Set.of("%", "'", "\u2019", "$", "\u00a3", "\u20ac");
    private static final int MAX_COMPLEMENT = 4;

    private static boolean functionWord(Token t) {
        return AUXILIARIES.contains(t.normal()) || Polarity.isNegator(t.text());
    }

}
