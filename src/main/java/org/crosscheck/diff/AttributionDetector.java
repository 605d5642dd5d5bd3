package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.entity.Names;

/**
 * ATTRIBUTION: the same quote, or the same reported statement, credited to different people.
 *
 * <p>Quotes are paired by their words wherever they stand; reported statements by the sentence
 * alignment. Only attributions that both sides make by name, where the quote stands, to names
 * that cannot be forms of one name, are reported: a speaker that is uncertain, or reached only
 * through a pronoun or a title on one side, is never a mismatch.
 */
public final class AttributionDetector implements Detector {

    private static final double STATEMENT_SIMILARITY = 0.5;

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<Discrepancy> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuotePairs.Pair p : QuotePairs.of(c.left(), c.right())) {
            if (p.sharedRun() >= 3) {
                report(c, p.left().sentence(), p.left().speaker(), p.right().sentence(), p.right().speaker(), "Quote", seen, out);
            }
        }
        for (Alignment a : c.alignments()) {
            if (a.similarity() >= STATEMENT_SIMILARITY) {
                int l = a.left().sentence();
                int r = a.right().sentence();
                report(c, l, c.left().speakerOf(l), r, c.right().speakerOf(r), "Statement", seen, out);
            }
        }
        return out;
    }

    /**
     * Whether the article writes the speaker as a name somewhere: "Detectives said" or "Cops
     * said" credit a group, not a person, and two groups are no misattribution.
     */
    private static boolean isName(AnalyzedArticle article, String speaker) {
        return article.mentions().stream().anyMatch(m -> m.kind() != Mention.Kind.TITLE && m.kind() != Mention.Kind.DATE
                && Names.compatible(m.text(), speaker));
    }

    private static void report(Comparison c, int ls, Speaker lsp, int rs, Speaker rsp, String what, Set<String> seen,
                               List<Discrepancy> out) {
        // a speaker reached only through "he" or "the mayor" may be resolved wrongly: both sides
        // must name the speaker where the quote stands
        if (!lsp.isNamed() || !rsp.isNamed() || Names.compatible(lsp.name(), rsp.name())) {
            return;
        }
        if (!isName(c.left(), lsp.name()) || !isName(c.right(), rsp.name())) {
            return;
        }
        if (!seen.add(ls + ":" + rs) || !seen.add("names:" + Names.key(lsp.name()) + "|" + Names.key(rsp.name()) + "|" + rs)) {
            return;
        }
        AnalyzedArticle left = c.left();
        AnalyzedArticle right = c.right();
        String summary = what + " credited to " + lsp.name() + " in " + left.id() + " but to " + rsp.name() + " in " + right.id();
        double confidence = Math.min(lsp.confidence(), rsp.confidence());
        Finding f = new Finding(Severity.HIGH, summary,
                "Both sources name the speaker where the quote stands, and the names cannot be forms of one name.", confidence,
                Findings.side(left, ls, lsp.name(), lsp.cue()), Findings.side(right, rs, rsp.name(), rsp.cue()));
        out.add(new Discrepancy.Attribution(f));
    }
}
