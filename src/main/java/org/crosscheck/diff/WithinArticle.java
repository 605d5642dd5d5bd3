package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;

/**
 * ENTITY inside one article: the same place said to lie in two different regions ("Mariupol,
 * which is in the Donetsk region" and "Mariupol is part of the Luhansk people's republic").
 *
 * <p>Only an explicit containment right after the place's name is read ("X, which is in the Y
 * region", "X, in the Y region", "X is part of the Y province"), and only a container named with
 * a region word (region, oblast, province, county, state, district, republic...). A country, a
 * direction ("eastern Ukraine") or one name written two ways ("Donetsk region" / "Donetsk
 * oblast") is never a contradiction. Such findings are at most MEDIUM: the article may be
 * reporting a claim it does not make its own.
 */
final class WithinArticle {

    private static final String NAME = "[\\p{Lu}][\\p{L}'\u2019-]+(?:\\s+[\\p{Lu}][\\p{L}'\u2019-]+){0,2}";
    private static final Pattern CONTAINER = Pattern.compile(
            "^(?:,?\\s+(?:which|that)\\s+(?:is|was|lies)\\s+(?:located\\s+|situated\\s+)?in"
                    + "|,?\\s+in"
                    + "|\\s+(?:is|was|lies)\\s+(?:located\\s+|situated\\s+)?(?:in|(?:a\\s+)?part\\s+of))"
                    + "\\s+(?:the\\s+)?[\"\u201c\u2018']?(" + NAME + ")\\s+"
                    + "(region|oblast|province|county|state|district|prefecture|governorate|territory|(?:people['\u2019]s\\s+)?republic)\\b");
    private static final int LOOKAHEAD = 120;

    /**
     * One containment stated in the text.
     *
     * @param sentence the sentence that states it
     * @param place the place as written
     * @param container the region's name with its region word, as written
     * @param containerKey the region's name alone, lower case
     * @param span where the region's name stands
     */
    private record Claim(int sentence, String place, String container, String containerKey, Span span) {
    }

    private WithinArticle() {
    }

    /** Places that {@code article} puts in two different regions, one finding per place. */
    static List<Discrepancy> detect(AnalyzedArticle article) {
        return detect(article, Set.of());
    }

    /**
     * Every containment {@code article} states, as "place|region" keys in lower case.
     */
    static Set<String> claims(AnalyzedArticle article) {
        Set<String> out = new HashSet<>();
        claimsByPlace(article).forEach((place, claims) -> claims.forEach(c -> out.add(place + "|" + c.containerKey())));
        return out;
    }

    /**
     * As {@link #detect(AnalyzedArticle)}, leaving out a place of which another source states
     * either containment ({@code statedElsewhere}, keys as {@link #claims} gives them): that
     * source has taken a side, and what differs between the two is the cross-source checks' to say.
     */
    static List<Discrepancy> detect(AnalyzedArticle article, Set<String> statedElsewhere) {
        List<Discrepancy> out = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : claimsByPlace(article).entrySet()) {
            List<Claim> claims = e.getValue();
            Claim first = claims.get(0);
            Claim other = claims.stream().filter(c -> !sameRegion(first.containerKey(), c.containerKey())).findFirst().orElse(null);
            if (other == null || statedElsewhere.contains(e.getKey() + "|" + first.containerKey())
                    || statedElsewhere.contains(e.getKey() + "|" + other.containerKey())) {
                continue;
            }
            String summary = first.place() + " is put in two regions within " + article.id() + ": " + first.container()
                    + " and " + other.container();
            // when one region is what a quoted speaker says, the article may only be reporting a claim:
            // shown, but as LOW, which alone does not decide the exit status (Report.decidesDifference)
            Severity severity = quoted(article, first) || quoted(article, other) ? Severity.LOW : Severity.MEDIUM;
            Finding f = new Finding(severity, summary,
                    "The same article says the place lies in two different regions; one of them is wrong, or is a claim it reports.",
                    0.6, Findings.side(article, first.sentence(), first.container(), first.span()),
                    Findings.side(article, other.sentence(), other.container(), other.span()));
            out.add(new Discrepancy.EntityChange(f));
        }
        return out;
    }

    /** Whether the claim's region stands inside a quote, or in quotation marks of its own. */
    private static boolean quoted(AnalyzedArticle article, Claim claim) {
        if (article.quotesIn(claim.sentence()).stream().anyMatch(q -> q.span().overlaps(claim.span()))) {
            return true;
        }
        String text = article.article().text();
        int before = claim.span().start() - 1;
        return before >= 0 && "\"\u201C'\u2018".indexOf(text.charAt(before)) >= 0;
    }

    private static Map<String, List<Claim>> claimsByPlace(AnalyzedArticle article) {
        Map<String, List<Claim>> byPlace = new LinkedHashMap<>();
        String text = article.article().text();
        for (int i = 0; i < article.sentences().size(); i++) {
            Sentence s = article.sentence(i);
            if (!s.kind().isCompared()) {
                continue;
            }
            for (Mention m : article.mentionsIn(i)) {
                if (m.kind() != Mention.Kind.PLACE && m.kind() != Mention.Kind.OTHER) {
                    continue;
                }
                int end = Math.min(s.span().end(), m.span().end() + LOOKAHEAD);
                Matcher x = CONTAINER.matcher(text.substring(m.span().end(), Math.max(m.span().end(), end)));
                if (x.find()) {
                    int start = m.span().end() + x.start(1);
                    Claim c = new Claim(i, m.text(), x.group(1) + " " + x.group(2), x.group(1).toLowerCase(Locale.ROOT),
                            new Span(start, m.span().end() + x.end(2)));
                    if (!c.containerKey().equals(m.key())) {
                        byPlace.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
        return byPlace;
    }

    private static boolean sameRegion(String a, String b) {
        return a.equals(b) || a.contains(b) || b.contains(a);
    }
}
