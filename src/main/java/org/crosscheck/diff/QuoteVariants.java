package org.crosscheck.diff;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;

/**
 * Changes inside a quote that are a matter of form, not of words: hyphenation ("well-known" /
 * "well known"), British and American spelling ("organise" / "organize", "colour" / "color",
 * "centre" / "center"), and a figure written another way ("5,000" / "5000" / "five thousand",
 * "40%" / "40 per cent").
 */
final class QuoteVariants {

    private static final Set<String> PERCENT = Set.of("per", "cent", "percent", "pc");
    private static final int LONG_WORD = 7;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "so", "or", "yet", "while");

    private QuoteVariants() {
    }

    /** Whether the change only writes the same words another way. */
    static boolean sameWords(WordDiff.Change change) {
        List<Token> removed = change.removedWords();
        List<Token> added = change.addedWords();
        if (removed.isEmpty() && added.isEmpty()) {
            return true;
        }
        if (percentWords(removed.isEmpty() ? added : removed, removed.isEmpty() ? change.addedBefore() : change.before())
                && (removed.isEmpty() || added.isEmpty())) {
            return true;
        }
        return !removed.isEmpty() && !added.isEmpty() && spelling(removed).equals(spelling(added));
    }

    /**
     * Whether the change is a conjunction dropped or put in where one side splits the quote into
     * two sentences ("a good quote, and I saw" / "a good quote. I saw").
     */
    static boolean splitAtConjunction(AnalyzedArticle left, AnalyzedArticle right, WordDiff.Change change) {
        List<Token> removed = change.removedWords();
        List<Token> added = change.addedWords();
        if (!removed.isEmpty() && !added.isEmpty() || removed.size() + added.size() != 1) {
            return false;
        }
        String word = (removed.isEmpty() ? added : removed).get(0).normal();
        if (!CONJUNCTIONS.contains(word)) {
            return false;
        }
        return removed.isEmpty() ? splits(left, change.before(), change.after()) : splits(right, change.addedBefore(), change.addedAfter());
    }

    private static boolean splits(AnalyzedArticle article, Token before, Token after) {
        return before != null && after != null
                && ComparedQuotes.sentenceAt(article, before.span().start()) != ComparedQuotes.sentenceAt(article, after.span().start());
    }

    /** Whether the change writes one figure another way, as the two articles read their figures. */
    static boolean sameFigure(AnalyzedArticle left, AnalyzedArticle right, WordDiff.Change change) {
        List<Token> removed = change.removedWords();
        List<Token> added = change.addedWords();
        if (removed.isEmpty() && added.isEmpty()) {
            return false;
        }
        if (removed.isEmpty() || added.isEmpty()) {
            // a unit's word put in or taken out where the other side writes it as a sign: "900
            // pounds" / "\u00a3900"; the other side's figure stands next to where the words go
            Quantity q = removed.isEmpty() ? figure(right, added) : figure(left, removed);
            AnalyzedArticle other = removed.isEmpty() ? left : right;
            Token next = removed.isEmpty() ? change.before() : change.addedBefore();
            Token later = removed.isEmpty() ? change.after() : change.addedAfter();
            Quantity o = next != null ? figure(other, List.of(next)) : null;
            if (o == null && later != null) {
                o = figure(other, List.of(later));
            }
            return q != null && o != null && equal(q, o) && !q.unit().isEmpty();
        }
        Quantity l = figure(left, removed);
        Quantity r = figure(right, added);
        return l != null && r != null && equal(l, r);
    }

    private static boolean equal(Quantity l, Quantity r) {
        return l.value() == r.value() && l.unit().equals(r.unit())
                && (Double.isNaN(l.upper()) ? Double.isNaN(r.upper()) : l.upper() == r.upper());
    }

    private static Quantity figure(AnalyzedArticle article, List<Token> tokens) {
        Span cover = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        for (Quantity q : article.quantities()) {
            if (q.span().contains(cover)) {
                return q;
            }
        }
        return null;
    }

    /** "per cent" put in or taken out after a figure. */
    private static boolean percentWords(List<Token> words, Token before) {
        return before != null && Character.isDigit(before.text().charAt(0))
                && words.stream().allMatch(t -> PERCENT.contains(t.normal()));
    }

    /**
     * The words run together in one spelling: contractions written out ("it's" / "it is", "don't"
     * / "do not"), hyphens, spaces and digit group commas left out.
     */
    static String spelling(List<Token> words) {
        StringBuilder joined = new StringBuilder();
        for (Token t : words) {
            joined.append(t.normal().replace('\u2019', '\'')).append(' ');
        }
        StringBuilder b = new StringBuilder();
        for (String word : expanded(joined.toString()).split(" +")) {
            String w = word.replace("-", "").replace("'", "");
            if (w.matches("[0-9][0-9,.]*")) {
                w = w.replace(",", "");
            }
            b.append(american(w));
        }
        return b.toString();
    }

    /** Contractions and their written-out forms, in the order they are applied ("won't" before "n't"). */
    private static final List<java.util.Map.Entry<java.util.regex.Pattern, String>> CONTRACTIONS = List.of(
            contraction("\\bwo ?n't\\b", "will not"), contraction("\\bsha ?n't\\b", "shall not"),
            contraction("\\bca ?n't\\b", "can not"), contraction("\\bcannot\\b", "can not"), contraction(" ?n't\\b", " not"),
            contraction(" ?'re\\b", " are"), contraction(" ?'ll\\b", " will"), contraction(" ?'ve\\b", " have"),
            contraction("\\bi ?'m\\b", "i am"), contraction("\\blet ?'s\\b", "let us"),
            // "'s" only after a pronoun, where it is "is" and no possessive
            contraction("\\b(it|he|she|that|there|what|who|here|where) ?'s\\b", "$1 is"));

    private static java.util.Map.Entry<java.util.regex.Pattern, String> contraction(String regex, String written) {
        return java.util.Map.entry(java.util.regex.Pattern.compile(regex), written);
    }

    /** Contractions written out. */
    private static String expanded(String s) {
        String out = s;
        for (java.util.Map.Entry<java.util.regex.Pattern, String> c : CONTRACTIONS) {
            out = c.getKey().matcher(out).replaceAll(c.getValue());
        }
        return out;
    }

    private static String american(String w) {
        String s = w.replaceAll("(i|y)s(e|es|ed|ing|ation|ations)$", "$1z$2");
        if (s.length() >= LONG_WORD - 1) {
            s = s.replaceAll("our(s|ed|ing|ite|ites|able)?$", "or$1");
        }
        if (s.length() >= LONG_WORD) {
            s = s.replaceAll("ll(ed|ing|er|ers)$", "l$1");
        }
        return s.replaceAll("([^aeiou])tre(s)?$", "$1ter$2").replaceAll("ogue(s)?$", "og$1")
                .replaceAll("amme(s)?$", "am$1").replaceAll("dgement(s)?$", "dgment$1")
                .replaceAll("([fc])ence(s)?$", "$1ense$2");
    }
}
