package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.sense.WordSenses;

/**
 * The nationality each source gives a named person or body, written right before the name
 * ("Danish rider Mikkel Sandvad", "Norwegian Mikkel Sandvad"): a name keeps one nationality
 * across the sources, so two adjectives that name different countries, neither within the other,
 * are a change ("Danish" / "Norwegian"); a country and one within it are not ("Scottish" /
 * "British"). Only adjectives WordNet ties to a place are read ({@link WordSenses#nationOf}).
 */
final class Nationalities {

    private Nationalities() {
    }

    /**
     * A nationality given to a name.
     *
     * @param sentence the sentence it stands in
     * @param span where the adjective is written
     * @param adjective the adjective as written
     * @param name the name it describes
     * @param nations the places it names
     */
    record Given(int sentence, Span span, String adjective, String name, Set<String> nations) {
    }

    /** One name given different nationalities by the two sources. */
    record Change(Given left, Given right) {
    }

    /** The names both sources describe by nationality, with nationalities that name different countries. */
    static List<Change> between(AnalyzedArticle left, AnalyzedArticle right) {
        List<Given> l = of(left);
        List<Given> r = of(right);
        List<Change> out = new ArrayList<>();
        for (Given a : l) {
            for (Given b : r) {
                if (!Names.compatible(a.name(), b.name()) || !differ(a, b) || twoWithin(l, a) || twoWithin(r, b)
                        || out.stream().anyMatch(x -> Names.compatible(x.left().name(), a.name()))) {
                    continue;
                }
                out.add(new Change(a, b));
            }
        }
        return out;
    }

    /** Whether the source gives the name another nationality too ("the Danish-born Norwegian"): it holds both. */
    private static boolean twoWithin(List<Given> all, Given g) {
        return all.stream().anyMatch(o -> Names.compatible(o.name(), g.name()) && differ(o, g));
    }

    private static boolean differ(Given a, Given b) {
        return differ(a.nations(), b.nations());
    }

    /**
     * Whether two sets of places named by nationality adjectives name different countries: none
     * is in both, and none lies within another ("Scottish" is British).
     */
    static boolean differ(Set<String> a, Set<String> b) {
        WordSenses senses = WordSenses.shared();
        return a.stream().noneMatch(b::contains)
                && a.stream().noneMatch(x -> b.stream().anyMatch(y -> senses.partOf(x, y) || senses.partOf(y, x)));
    }

    /**
     * The nationalities an article writes right before a name, or before a role noun or a noun of
     * a body and a name, outside quotes; a country's name in the possessive right before a name
     * counts as its adjective ("Austria's Alpenseil").
     */
    static List<Given> of(AnalyzedArticle article) {
        List<Given> out = new ArrayList<>();
        String text = article.article().text();
        WordSenses senses = WordSenses.shared();
        for (Sentence s : article.sentences()) {
            if (!s.kind().isCompared()) {
                continue;
            }
            List<Token> words = Tokenizer.words(text, s.span().start(), s.span().end());
            for (Mention m : article.mentionsIn(s.index())) {
                if (m.kind() == Mention.Kind.DATE || m.kind() == Mention.Kind.TITLE
                        || article.quotesIn(s.index()).stream().anyMatch(q -> q.span().contains(m.span()))) {
                    continue;
                }
                int at = firstAtOrAfter(words, m.span().start());
                // "Norwegian Mikkel Sandvad" read as one name at the start of a sentence: the adjective opens it
                if (at + 1 < words.size() && words.get(at + 1).isWord() && words.get(at + 1).isCapitalised()
                        && words.get(at + 1).span().end() <= m.span().end()) {
                    Set<String> opening = nations(words.get(at).text(), senses);
                    if (!opening.isEmpty()) {
                        out.add(new Given(s.index(), words.get(at).span(), words.get(at).text(),
                                text.substring(words.get(at + 1).span().start(), m.span().end()), opening));
                        continue;
                    }
                }
                int k = at - 1;
                // "Danish rider Mikkel Sandvad", "Swiss firm Alpenseil": a role noun or a noun of a body may stand between
                if (k > 0 && words.get(k).isWord() && !words.get(k).isCapitalised()
                        && (senses.isRoleNoun(words.get(k).normal()) || senses.namesABody(words.get(k).normal()))) {
                    k--;
                }
                if (k < 0 || !words.get(k).isWord() || !words.get(k).isCapitalised()) {
                    continue;
                }
                Set<String> nations = k == at - 1 ? nations(words.get(k).text(), senses) : senses.nationOf(words.get(k).text());
                if (!nations.isEmpty()) {
                    out.add(new Given(s.index(), words.get(k).span(), words.get(k).text(), m.text(), nations));
                }
            }
        }
        return out;
    }

    /** The countries a nationality adjective names, or a country's name in the possessive ("Austria's"), which says what its adjective says. */
    private static Set<String> nations(String word, WordSenses senses) {
        String written = word.replace('\u2019', '\'');
        return written.endsWith("'s") ? senses.placeNamed(written.substring(0, written.length() - 2)) : senses.nationOf(written);
    }

    private static int firstAtOrAfter(List<Token> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).span().start() >= offset) {
                return i;
            }
        }
        return words.size();
    }
}
