package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.text.Tokens.Token;

/**
 * QUOTE_WORDING: words inside quotation marks changed or dropped.
 *
 * <p>A quote cut to a verbatim fragment, or shortened with an ellipsis, is not a change; nor
 * are punctuation and case. A right-hand quote that some quote of the left source supports word
 * for word is not reported against a looser one.
 */
public final class QuoteWordingDetector implements Detector {

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<QuotePairs.Pair> pairs = QuotePairs.of(c.left(), c.right());
        Set<Quote> faithfulRight = new HashSet<>();
        for (QuotePairs.Pair p : pairs) {
            if (p.relation() != QuotePairs.Relation.CHANGED) {
                faithfulRight.add(p.right());
            }
        }
        List<Discrepancy> out = new ArrayList<>();
        Set<Quote> reported = new HashSet<>();
        for (QuotePairs.Pair p : pairs) {
            // a rendering that some quote of the left source supports word for word is not a change;
            // the left quote itself may be rendered faithfully in part elsewhere and changed here
            if (p.relation() != QuotePairs.Relation.CHANGED || faithfulRight.contains(p.right()) || !reported.add(p.right())) {
                continue;
            }
            List<Token> removed = new ArrayList<>();
            List<Token> added = new ArrayList<>();
            for (WordDiff.Change ch : p.changes()) {
                removed.addAll(ch.removedWords());
                added.addAll(ch.addedWords());
            }
            String lv = join(removed);
            String rv = join(added);
            boolean negation = Polarity.isNegator(removed) != Polarity.isNegator(added);
            boolean figure = removed.stream().anyMatch(t -> Character.isDigit(t.text().charAt(0)))
                    || added.stream().anyMatch(t -> Character.isDigit(t.text().charAt(0)));
            Severity severity = negation || figure ? Severity.HIGH : Severity.MEDIUM;
            String summary = "Quoted words differ: \"" + (lv.isEmpty() ? "\u2014" : lv) + "\" in " + c.left().id()
                    + " but \"" + (rv.isEmpty() ? "\u2014" : rv) + "\" in " + c.right().id();
            Finding f = new Finding(severity, summary,
                    "The same quote is rendered with different words inside the quotation marks.", 0.8,
                    Findings.side(c.left(), p.left().sentence(), lv.isEmpty() ? p.left().text() : lv, cover(removed, p.left().span())),
                    Findings.side(c.right(), p.right().sentence(), rv.isEmpty() ? p.right().text() : rv, cover(added, p.right().span())));
            out.add(new Discrepancy.QuoteWording(f));
        }
        return out;
    }

    private static String join(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }

    private static Span cover(List<Token> tokens, Span fallback) {
        if (tokens.isEmpty()) {
            return fallback;
        }
        return new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    }
}
