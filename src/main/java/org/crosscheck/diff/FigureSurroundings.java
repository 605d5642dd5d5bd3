package org.crosscheck.diff;

import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Quantity;

/** The words around a figure, which say whether two figures stand in one statement. */
final class FigureSurroundings {

    private FigureSurroundings() {
    }

    /**
     * Whether the words around the two figures say they stand in one statement: two content words
     * in common near each (the counted noun and the words between figure and noun left out), or
     * the same word right before each figure of a counted thing. "Forcing 186,000 people to flee
     * to evacuation centres" / "168,000 people had sought shelter in evacuation centres" and "a
     * crowd of 11,482" / "a record crowd of 11,842" do; "12 league goals in 15 games" / "won two
     * of their previous 14 league games" do not.
     */
    static boolean same(Comparison c, int ls, Quantity l, int rs, Quantity r) {
        java.util.Set<String> a = surroundings(c.left(), ls, l);
        a.retainAll(surroundings(c.right(), rs, r));
        String before = rawWordBefore(c.left().article().text(), l.span().start());
        boolean sameWordBefore = !before.isEmpty() && before.equals(rawWordBefore(c.right().article().text(), r.span().start()));
        return a.size() >= 2 || sameWordBefore && (!a.isEmpty() || !l.counted().isEmpty());
    }

    private static final int SURROUNDINGS = 6;

    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("([\\p{L}]+)[\\s-]*$");

    /** The word right before offset {@code at}, lower-cased, or "". */
    static String rawWordBefore(String text, int at) {
        java.util.regex.Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, at - 30), at));
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static java.util.Set<String> surroundings(AnalyzedArticle article, int sentence, Quantity q) {
        String text = article.article().text();
        org.crosscheck.model.Span s = article.sentence(sentence).span();
        List<org.crosscheck.text.Token> words = org.crosscheck.text.Tokenizer.words(text, s.start(), s.end()).stream()
                .filter(org.crosscheck.text.Token::isWord).toList();
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            org.crosscheck.text.Token t = words.get(i);
            if (q.span().contains(t.span()) || t.span().overlaps(q.span())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        if (first < 0) {
            return out;
        }
        String noun = q.counted().isEmpty() ? null : org.crosscheck.index.Stemmer.stem(q.counted());
        if (noun != null) {
            for (int i = last + 1; i < Math.min(words.size(), last + 4); i++) {
                if (org.crosscheck.index.Stemmer.stem(words.get(i).normal()).equals(noun)) {
                    last = i;
                    break;
                }
            }
        }
        for (int i = Math.max(0, first - SURROUNDINGS); i < Math.min(words.size(), last + 1 + SURROUNDINGS); i++) {
            String w = words.get(i).normal();
            if ((i < first || i > last) && w.length() > 2 && Character.isLetter(w.charAt(0))
                    && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
                out.add(org.crosscheck.index.Stemmer.stem(w));
            }
        }
        if (noun != null) {
            out.remove(noun);
        }
        return out;
    }
}
