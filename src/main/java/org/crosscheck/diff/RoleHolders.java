package org.crosscheck.diff;

import java.util.Locale;
import java.util.Set;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.quote.PersonIndex;
import org.crosscheck.text.sense.WordSenses;

/**
 * Checks a speaker reached through a role ("the minister said", "the Biennale president added")
 * against the other source of a comparison, which may name who holds the role. When both sources
 * tie the role to the same person, the link is surer; when one source ties it to nobody and the
 * other to one person, that person holds it. The person indexes are the ones {@link PersonIndex#of} keeps for each article.
 */
final class RoleHolders {

    /** Confidence of a role link both sources tie to the same person. */
    static final double AGREED = 0.85;
    /** Confidence of a role only the other source ties to a person. */
    static final double ACROSS = 0.75;

    private static final Set<String> NOT_ROLES = Set.of("he", "she", "they", "it", "him", "her", "them");

    private final AnalyzedArticle left;
    private final AnalyzedArticle right;

    RoleHolders(AnalyzedArticle left, AnalyzedArticle right) {
        this.left = left;
        this.right = right;
    }

    /**
     * {@code sp}, a speaker of the left source when {@code onLeft} (else of the right), checked
     * against the other source's holder of the role it was reached through; unchanged when it
     * was not reached through a role or the other source ties that role to nobody.
     */
    Speaker check(Speaker sp, boolean onLeft) {
        AnalyzedArticle own = onLeft ? left : right;
        if (!sp.isKnown() || sp.mention() == null) {
            return sp;
        }
        String written = own.article().text().substring(sp.mention().start(), sp.mention().end())
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]+", " ").strip();
        String[] words = written.split(" ");
        String head = words[words.length - 1];
        String asWritten = own.article().text().substring(sp.mention().start(), sp.mention().end()).strip();
        if (head.isEmpty() || NOT_ROLES.contains(head) || asWritten.isEmpty() || !Character.isLowerCase(lastWord(asWritten).charAt(0))) {
            return sp;
        }
        String holder = (onLeft ? rightIndex() : leftIndex()).holderOf(written);
        if (holder == null) {
            return sp;
        }
        boolean throughRole = sp.chain() != null && sp.chain().startsWith("\"");
        if (throughRole && Names.compatible(holder, sp.name())) {
            return sp.withConfidence(Math.max(sp.confidence(), AGREED));
        }
        // a person's role ("the minister said") that its own source ties to nobody and the resolver
        // gave someone only on a guess: the source that names who holds the role says who spoke.
        // A body ("the student council said") is no person's role.
        boolean guessed = throughRole && sp.confidence() < Speaker.CONFIDENT && WordSenses.shared().isRoleNoun(head)
                && !compoundGoesOn(own.article().text(), sp.mention().end())
                && (onLeft ? leftIndex() : rightIndex()).holderOf(written) == null;
        if (guessed) {
            return new Speaker(holder, ACROSS, sp.cue(), sp.mention(),
                    "\"" + asWritten + "\" \u2192 " + holder + " (so named in " + (onLeft ? right : left).id() + ")");
        }
        boolean unbound = sp.chain() == null && sp.confidence() < Speaker.CONFIDENT
                && written.endsWith(sp.name().toLowerCase(Locale.ROOT).strip());
        if (unbound) {
            return new Speaker(holder, ACROSS, sp.cue(), sp.mention(),
                    "\"" + asWritten + "\" \u2192 " + holder + " (so named in " + (onLeft ? right : left).id() + ")");
        }
        return sp;
    }

    /** Whether {@code sp} was named by the other source's holder of its role ({@link #check}), not by its own. */
    static boolean namedAcross(Speaker sp) {
        return sp.chain() != null && sp.chain().endsWith(")") && sp.chain().contains(" (so named in ");
    }

    /** The person the left (or right) source ties to the role {@code rolePhrase}, or null. */
    String holder(String rolePhrase, boolean inLeft) {
        return (inLeft ? leftIndex() : rightIndex()).holderOf(rolePhrase);
    }

    /** Whether a lower-case noun follows the role at {@code end}: "the student council" is a body, not a student. */
    static boolean compoundGoesOn(String text, int end) {
        java.util.regex.Matcher m = NEXT_WORD.matcher(text).region(end, text.length());
        return m.lookingAt() && WordSenses.shared().isNounFirst(m.group(1));
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("[ \\t]+(\\p{Ll}+)\\b");

    private static String lastWord(String s) {
        String[] w = s.split("\\s+");
        return w[w.length - 1];
    }

    private PersonIndex leftIndex() {
        return PersonIndex.of(left.article().text());
    }

    private PersonIndex rightIndex() {
        return PersonIndex.of(right.article().text());
    }
}
