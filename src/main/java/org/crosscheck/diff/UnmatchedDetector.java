package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;

/**
 * OMISSION and ADDITION: statements of one source with no counterpart in the other.
 * Informational: they never make the exit status 1. Page furniture is never listed.
 */
public final class UnmatchedDetector implements Detector {

    @Override
    public List<Discrepancy> detect(Comparison c) {
        Set<Integer> leftAligned = new HashSet<>();
        Set<Integer> rightAligned = new HashSet<>();
        for (Alignment a : c.alignments()) {
            leftAligned.add(a.left().sentence());
            rightAligned.add(a.right().sentence());
        }
        List<Discrepancy> out = new ArrayList<>();
        for (Sentence s : c.left().sentences()) {
            if (s.kind().isCompared() && !leftAligned.contains(s.index())) {
                out.add(new Discrepancy.Omission(finding(c.left(), s, c.right(), true)));
            }
        }
        for (Sentence s : c.right().sentences()) {
            if (s.kind().isCompared() && !rightAligned.contains(s.index())) {
                out.add(new Discrepancy.Addition(finding(c.right(), s, c.left(), false)));
            }
        }
        return out;
    }

    private static Finding finding(AnalyzedArticle has, Sentence s, AnalyzedArticle lacks, boolean omitted) {
        Evidence present = Evidence.of(has, s.index(), Findings.clip(s.text(), 120), s.span());
        // the side without the statement has no sentence: index -1 (null in the JSON), empty text
        Evidence absent = new Evidence(lacks.id(), -1, new Span(0, 0), "", "", null);
        String summary = "Only in " + has.id() + ", not in " + lacks.id() + ": " + Findings.clip(s.text(), 90);
        return new Finding(Severity.LOW, summary, "No statement of the other source says the same.", 0.6,
                omitted ? present : absent, omitted ? absent : present);
    }
}
