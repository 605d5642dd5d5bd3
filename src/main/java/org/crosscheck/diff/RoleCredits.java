package org.crosscheck.diff;

import java.util.Locale;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.entity.Equivalence;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.sense.WordSenses;

/**
 * A quote credited by a role on both sides where the roles differ ("..., the minister added" /
 * "..., the spokeswoman added"), and at least one side's role has no holder either source names:
 * the quote moved from one person to another even though the copy names nobody. The differing
 * words are the quote's speakers, so this is an ATTRIBUTION, not a changed title.
 *
 * <p>Each role must name one person, not a group ("officials", "the ministry"). Two roles are one
 * person's when they are one office in other words ("chief" / "head"), one is a kind of the
 * other ("minister" / "official"), or either source ties both to the same person.
 */
final class RoleCredits {

    /** How sure a role written in the quote's own credit is: the words are there, whoever holds it. */
    static final double WRITTEN_ROLE = 0.9;

    private RoleCredits() {
    }

    /** Whether {@code sp} is a nominal speaker: a role or group the article names nobody for ("fisheries ministry spokeswoman"). */
    static boolean isNominal(Speaker sp) {
        return sp.isKnown() && !sp.name().isEmpty() && Character.isLowerCase(sp.name().charAt(0));
    }

    /**
     * The two sides of a quote credited by two roles that are two people, each as a speaker an
     * editor can read (the holder where a source names one, else the role), or null when the
     * credits may be one person's.
     */
    static Speaker[] differing(Comparison c, Quote lq, Speaker lsp, Quote rq, Speaker rsp, RoleHolders roles) {
        AnalyzedArticle left = c.left();
        AnalyzedArticle right = c.right();
        String lrole = creditedRole(left, lq, lsp);
        String rrole = creditedRole(right, rq, rsp);
        if (lrole == null || rrole == null || !isOnePerson(lrole) || !isOnePerson(rrole) || lrole.equals(rrole) || Equivalence.sameReferent(lrole, rrole)
                || WordSenses.shared().relation(lrole, rrole) == WordSenses.Relation.RELATED) {
            return null;
        }
        Speaker l = asRead(lsp, lrole);
        Speaker r = asRead(rsp, rrole);
        if (l == null || r == null || !isNominal(l) && !isNominal(r) || holdsBoth(roles, l, rrole) || holdsBoth(roles, r, lrole)) {
            return null;
        }
        return new Speaker[] {l, r};
    }

    /**
     * Whether a role noun names one person ("spokeswoman", "minister"): officials, the police or
     * a ministry speak through many people, any of whom may be the other side's speaker.
     */
    private static boolean isOnePerson(String role) {
        WordSenses senses = WordSenses.shared();
        boolean plural = role.endsWith("s") && !role.endsWith("ss");
        return !plural && senses.isRoleNoun(role) && !senses.isGroupNoun(role);
    }

    /** The role noun of the credit in the quote's own sentence ("minister" of "the minister added"), or null. */
    private static String creditedRole(AnalyzedArticle article, Quote q, Speaker sp) {
        if (sp.cue() == null || sp.mention() == null || !article.sentence(q.sentence()).span().overlaps(sp.cue())
                && !spansQuoteEnd(article, q, sp)) {
            return null;
        }
        String head = SpeakerChecks.roleHead(article, sp);
        return head == null ? null : head.toLowerCase(Locale.ROOT);
    }

    /** Whether the credit stands in the sentence where the quote ends ('"... . ...," the minister added'). */
    private static boolean spansQuoteEnd(AnalyzedArticle article, Quote q, Speaker sp) {
        for (int s = q.sentence(); s < article.sentences().size() && article.sentence(s).span().start() < q.span().end(); s++) {
            if (article.sentence(s).span().overlaps(sp.cue())) {
                return true;
            }
        }
        return false;
    }

    /** The speaker as an editor reads it: a confident holder, or the role itself when nobody is named; null when neither. */
    private static Speaker asRead(Speaker sp, String role) {
        if (isNominal(sp)) {
            return new Speaker(sp.name(), WRITTEN_ROLE, sp.cue(), sp.mention(), null);
        }
        return sp.isConfident() ? sp : null;
    }

    /** Whether either source ties {@code role} to the person {@code sp} names. */
    private static boolean holdsBoth(RoleHolders roles, Speaker sp, String role) {
        if (isNominal(sp)) {
            return false;
        }
        String inLeft = roles.holder(role, true);
        String inRight = roles.holder(role, false);
        return inLeft != null && Names.compatible(inLeft, sp.name()) || inRight != null && Names.compatible(inRight, sp.name());
    }
}
