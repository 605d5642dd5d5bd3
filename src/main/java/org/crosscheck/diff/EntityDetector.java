package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.text.Tokens.Token;
import org.crosscheck.text.entity.Names;

/**
 * ENTITY: a person, place, organisation or title is swapped for another in the same statement.
 *
 * <p>Only a name put in place of a name (or a title in place of a title) counts: the changed
 * words on each side must be the name itself, and neither name may appear, in any of its forms,
 * on the other side. "Mr Peskov" for "Dmitry Peskov", "Kiev" for "Kyiv", or "Putin's spokesman"
 * for "Mr Peskov" are therefore never reported.
 */
public final class EntityDetector implements Detector {

    private static final double MIN_SIMILARITY = 0.4;

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<Discrepancy> out = new ArrayList<>();
        for (Alignment a : c.alignments()) {
            if (a.similarity() < MIN_SIMILARITY) {
                continue;
            }
            int ls = a.left().sentence();
            int rs = a.right().sentence();
            List<Mention> lm = names(c.left(), ls);
            List<Mention> rm = names(c.right(), rs);
            Span lspan = c.left().sentence(ls).span();
            Span rspan = c.right().sentence(rs).span();
            for (WordDiff.Change ch : WordDiff.between(c.left().article().text(), lspan, c.right().article().text(), rspan)) {
                if (ch.removedWords().isEmpty() || ch.addedWords().isEmpty()) {
                    continue;
                }
                Mention l = soleMention(lm, ch.removedWords());
                Mention r = soleMention(rm, ch.addedWords());
                if (l == null || r == null || !sameFamily(l, r)) {
                    continue;
                }
                if (quoted(c.left(), ls, l.span()) || quoted(c.right(), rs, r.span())) {
                    continue;
                }
                boolean leftNameOnRight = rm.stream().anyMatch(m -> Names.compatible(m.text(), l.text()));
                boolean rightNameOnLeft = lm.stream().anyMatch(m -> Names.compatible(m.text(), r.text()));
                if (leftNameOnRight || rightNameOnLeft || Names.compatible(l.text(), r.text()) || titleVariant(l, r)) {
                    continue;
                }
                String summary = describe(l) + " differs: " + l.text() + " in " + c.left().id() + " but " + r.text() + " in "
                        + c.right().id();
                Severity severity = l.kind() == Mention.Kind.TITLE || l.kind() == Mention.Kind.PERSON ? Severity.HIGH : Severity.MEDIUM;
                Finding f = new Finding(severity, summary,
                        "One name is put in place of another in the same statement, and neither appears on the other side.",
                        0.7, Findings.side(c.left(), ls, l.text(), l.span()), Findings.side(c.right(), rs, r.text(), r.span()));
                out.add(new Discrepancy.EntityChange(f));
            }
        }
        return out;
    }

    private static List<Mention> names(AnalyzedArticle article, int sentence) {
        return article.mentionsIn(sentence).stream().filter(m -> m.kind() != Mention.Kind.DATE).toList();
    }

    /** The one mention that the changed words are, or null when they are more or less than a name. */
    private static Mention soleMention(List<Mention> mentions, List<Token> words) {
        Span changed = new Span(words.get(0).span().start(), words.get(words.size() - 1).span().end());
        List<Mention> inside = mentions.stream().filter(m -> m.span().overlaps(changed)).toList();
        if (inside.size() != 1) {
            return null;
        }
        Mention m = inside.get(0);
        // every changed word must belong to the mention: "Putin's spokesman" is not a name-for-name swap
        for (Token t : words) {
            if (!m.span().contains(t.span()) && !isFunctionWord(t)) {
                return null;
            }
        }
        return m;
    }

    private static boolean isFunctionWord(Token t) {
        return switch (t.text().toLowerCase(Locale.ROOT)) {
            case "the", "a", "an", "of", "in", "at", "mr", "mrs", "ms", "dr" -> true;
            default -> false;
        };
    }

    private static boolean sameFamily(Mention a, Mention b) {
        boolean ta = a.kind() == Mention.Kind.TITLE;
        boolean tb = b.kind() == Mention.Kind.TITLE;
        return ta == tb;
    }

    private static boolean titleVariant(Mention a, Mention b) {
        if (a.kind() != Mention.Kind.TITLE) {
            return false;
        }
        // "spokesman" and "spokeswoman", "chairman" and "chair": the same office
        String x = a.key().replaceAll("(wo)?man$|person$", "");
        String y = b.key().replaceAll("(wo)?man$|person$", "");
        return x.equals(y);
    }

    private static boolean quoted(AnalyzedArticle article, int sentence, Span span) {
        List<Quote> quotes = article.quotesIn(sentence);
        return quotes.stream().anyMatch(q -> q.span().contains(span));
    }

    private static String describe(Mention m) {
        return switch (m.kind()) {
            case PERSON -> "Person";
            case PLACE -> "Place";
            case ORGANISATION -> "Organisation";
            case TITLE -> "Title";
            default -> "Name";
        };
    }
}
