package org.crosscheck.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Span;

/**
 * Shows a difference where the body states it: a value found in one side's headline ("Cedar
 * library in Kesennuma wins top prize") against the other side's body is shown on the body
 * sentence of that side that gives the same value and reads most like the other side's sentence
 * ("Tanabe's Kitakami Community Library in Kesennuma opened in April 2022"). The headline restates
 * the body; the editor checks the statement. A value the body never gives stays on the headline.
 */
final class HeadlineRestatements {

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private HeadlineRestatements() {
    }

    /** {@code all} with each value finding that has one side on a headline moved to that side's body, where it can be. */
    static List<Discrepancy> inBody(List<Discrepancy> all, Comparison c) {
        return all.stream().map(d -> inBody(d, c)).toList();
    }

    private static Discrepancy inBody(Discrepancy d, Comparison c) {
        if (!(d instanceof Discrepancy.EntityChange || d instanceof Discrepancy.NumberChange || d instanceof Discrepancy.DateChange)) {
            return d;
        }
        Finding f = d.finding();
        boolean leftHead = onHeadline(c.left(), f.left());
        boolean rightHead = onHeadline(c.right(), f.right());
        if (leftHead == rightHead) {
            return d;
        }
        Evidence moved = leftHead ? body(c.left(), f.left(), f.right()) : body(c.right(), f.right(), f.left());
        if (moved == null) {
            return d;
        }
        return d.withFinding(x -> new Finding(x.severity(), x.summary(), x.explanation(), x.confidence(),
                leftHead ? moved : x.left(), leftHead ? x.right() : moved, x.consensus(), x.rawConfidence()));
    }

    /**
     * Whether {@code d} sets one headline's name against the other's ("palm oil firms cleared
     * forest in West Kalimantan" / "razed peat forest in Borneo") while the body of the other side
     * writes the first headline's name too: a headline names the story's place or party at its own
     * level of detail, and the bodies, which both give the name, are where a swap would show.
     */
    static boolean namedInOtherBody(Discrepancy d, Comparison c) {
        if (!(d instanceof Discrepancy.EntityChange)) {
            return false;
        }
        Finding f = d.finding();
        return onHeadline(c.left(), f.left()) && onHeadline(c.right(), f.right())
                && (inBody(c.right(), f.left().value()) || inBody(c.left(), f.right().value()));
    }

    private static boolean inBody(AnalyzedArticle a, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return false;
        }
        Pattern written = asWords(v);
        for (int s = 0; s < a.sentences().size(); s++) {
            if (!SpeakerChecks.isHeadline(a, s) && written.matcher(a.sentence(s).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether evidence stands on a headline of {@code a} (evidence of no sentence, an omission's other side, does not). */
    static boolean onHeadline(AnalyzedArticle a, Evidence e) {
        return e.sentence() >= 0 && e.sentence() < a.sentences().size() && SpeakerChecks.isHeadline(a, e.sentence());
    }

    /** The body sentence of {@code a} that gives {@code head}'s value and shares the most words with {@code other}'s sentence, or null. */
    private static Evidence body(AnalyzedArticle a, Evidence head, Evidence other) {
        String value = head.value().strip();
        if (value.isEmpty()) {
            return null;
        }
        Pattern written = asWords(value);
        Set<String> otherWords = words(other.text());
        Evidence best = null;
        int bestShared = 0;
        for (int s = 0; s < a.sentences().size(); s++) {
            if (SpeakerChecks.isHeadline(a, s)) {
                continue;
            }
            Matcher m = written.matcher(a.sentence(s).text());
            if (!m.find()) {
                continue;
            }
            Set<String> shared = words(a.sentence(s).text());
            shared.retainAll(otherWords);
            if (shared.size() > bestShared) {
                int start = a.sentence(s).span().start() + m.start();
                best = Evidence.of(a, s, value, new Span(start, start + value.length()));
                bestShared = shared.size();
            }
        }
        return best;
    }

    /** {@code value} written as whole words: "Ohio" is not in "Ohioans". */
    private static Pattern asWords(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])");
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
