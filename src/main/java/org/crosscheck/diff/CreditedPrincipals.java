package org.crosscheck.diff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.entity.Abbreviations;
import org.crosscheck.text.entity.Equivalence;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.sense.WordSenses;

/**
 * A quote both sources credit to one person, whose credit ties that person to a different
 * principal on each side by a possessive before the role: "said Clinton's top aide Jake Sullivan" /
 * "said Trump's top aide Jake Sullivan". The words are credited to another camp's voice, so this
 * is an ATTRIBUTION, though the name is the same.
 *
 * <p>Places and peoples are never principals here ("Russia's foreign minister" / "Moscow's foreign
 * minister" names one office by its country and its capital), nor two names of one body.
 */
final class CreditedPrincipals {

    /** How far before the speaker's name its credit may begin. */
    private static final int REACH = 90;
    /**
     * A capitalised possessor, up to five lowercase words ending in a role noun, then the name:
     * "Clinton's top foreign policy aide ", "the Kremlin's chief spokesman, ".
     */
    private static final Pattern POSSESSED_ROLE = Pattern.compile(
            "(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})['\u2019]s\\s+((?:[\\p{Ll}-]+\\s+){0,4})([\\p{Ll}-]+),?\\s+$");

    /** Whom a credit names as the speaker's principal, where it stands in the article's text. */
    record Principal(String name, Span span) {
    }

    private CreditedPrincipals() {
    }

    /**
     * The ATTRIBUTION for a quote pair credited alike whose credits give the speaker two different
     * principals, or null when they give one, or give none on either side.
     */
    static Finding of(Comparison c, Quote left, Quote right, Abbreviations shortForms) {
        Principal lp = principal(c.left(), left.speaker());
        Principal rp = principal(c.right(), right.speaker());
        if (lp == null || rp == null || Names.compatible(lp.name(), rp.name()) || Equivalence.sameReferent(lp.name(), rp.name())
                || shortForms.sameBody(lp.name(), rp.name())) {
            return null;
        }
        int ls = sentenceOf(c.left(), lp.span());
        int rs = sentenceOf(c.right(), rp.span());
        if (ls < 0 || rs < 0) {
            return null;
        }
        String summary = "Quote credited to " + credit(c.left(), lp, left.speaker()) + " in " + c.left().id() + " but to "
                + credit(c.right(), rp, right.speaker()) + " in " + c.right().id();
        String explanation = "Both sources credit the quote to " + left.speaker().name() + ", but as the voice of "
                + lp.name() + " in one and of " + rp.name() + " in the other.";
        double confidence = Math.min(left.speaker().confidence(), right.speaker().confidence());
        return new Finding(Severity.HIGH, summary, explanation, confidence,
                Findings.side(c.left(), ls, lp.name(), lp.span()), Findings.side(c.right(), rs, rp.name(), rp.span()));
    }

    /** The principal a possessive names right before the speaker's name, or null. */
    static Principal principal(AnalyzedArticle article, Speaker sp) {
        if (!sp.isConfident() || sp.isResolved() || sp.mention() == null) {
            return null;
        }
        String text = article.article().text();
        int end = sp.mention().start();
        int from = Math.max(0, end - REACH);
        Matcher m = POSSESSED_ROLE.matcher(text.substring(from, end));
        if (!m.find() || !WordSenses.shared().isRoleNoun(m.group(3))) {
            return null;
        }
        String name = m.group(1);
        if (Names.isPlace(name)) {
            return null;
        }
        return new Principal(name, new Span(from + m.start(1), from + m.end(1)));
    }

    private static String credit(AnalyzedArticle article, Principal p, Speaker sp) {
        String text = article.article().text();
        return text.substring(p.span().start(), sp.mention().end()).replaceAll("\\s+", " ");
    }

    private static int sentenceOf(AnalyzedArticle article, Span at) {
        for (int s = 0; s < article.sentences().size(); s++) {
            if (article.sentence(s).span().contains(at)) {
                return s;
            }
        }
        return -1;
    }
}
