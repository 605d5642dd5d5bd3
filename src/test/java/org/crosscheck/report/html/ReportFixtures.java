package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Report;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.SentenceRef;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;

/** Builds analysed articles and reports by hand for the HTML report's tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /** A sentence of a hand-made article, with its kind. */
    record Line(String text, SentenceKind kind) {
        static Line of(String text) {
            return new Line(text, SentenceKind.STATEMENT);
        }
    }

    /**
     * An article whose text is the lines joined by blank lines, with a quote for each
     * {@code quoted words|speaker} pair given in {@code quotes} (words must occur in the text).
     */
    static AnalyzedArticle article(String id, String title, List<Line> lines, String... quotes) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(lines.get(i).text());
            sentences.add(new Sentence(i, new Span(start, text.length()), lines.get(i).text(), lines.get(i).kind()));
        }
        List<Quote> quoteList = new ArrayList<>();
        for (String q : quotes) {
            String words = q.substring(0, q.lastIndexOf('|'));
            String speaker = q.substring(q.lastIndexOf('|') + 1);
            int at = text.indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("quote '" + words + "' not in " + id);
            }
            int sentence = sentences.stream().filter(s -> s.span().contains(new Span(at, at))).findFirst().orElseThrow().index();
            quoteList.add(new Quote(new Span(at, at + words.length()), words, sentence, new Speaker(speaker, 0.9, null)));
        }
        return new AnalyzedArticle(new Article(id, id + ".txt", title, text.toString()), sentences, quoteList,
                List.of(), List.of(), List.of());
    }

    /** Evidence for sentence {@code index} of {@code a}, highlighting the first {@code value} in it. */
    static Evidence evidence(AnalyzedArticle a, int index, String value) {
        Sentence s = a.sentence(index);
        int at = s.text().indexOf(value);
        Span highlight = at < 0 || value.isEmpty() ? null : new Span(s.span().start() + at, s.span().start() + at + value.length());
        return Evidence.of(a, index, value, highlight);
    }

    /** Evidence for a side that has no sentence (the other side of an omission or addition). */
    static Evidence none(String source) {
        return new Evidence(source, -1, new Span(0, 0), "", "", null);
    }

    /** A finding with the given parts. */
    static Finding finding(Severity severity, String summary, Evidence left, Evidence right) {
        return new Finding(severity, summary, "Detected by a test.", 0.9, left, right);
    }

    /** An alignment between sentence {@code l} of {@code left} and {@code r} of {@code right}. */
    static Alignment align(AnalyzedArticle left, int l, AnalyzedArticle right, int r, double similarity) {
        return new Alignment(new SentenceRef(left.id(), l), new SentenceRef(right.id(), r), similarity);
    }

    /** The left source of {@link #twoSources()}. */
    static AnalyzedArticle forces() {
        return article("forces", "Putin spokesman admits 'significant losses' for Russia", List.of(
                new Line("Putin spokesman admits 'significant losses' for Russia but denies war crimes", SentenceKind.HEADLINE),
                Line.of("A spokesman for the Russian president has admitted Russia has suffered \"significant losses\" in Ukraine."),
                Line.of("Anatoliy Fedoruk said he had personally counted 21 people who appeared to have been shot."),
                Line.of("\"We deny the Russian military can have something in common with these atrocities,\" Mr Peskov said."),
                new Line("Sign up to our newsletter.", SentenceKind.FURNITURE),
                Line.of("The mayor said the town needed help.")),
                "We deny the Russian military can have something in common with these atrocities,|Dmitry Peskov");
    }

    /** The right source of {@link #twoSources()}. */
    static AnalyzedArticle sky() {
        return article("sky", "Ukraine war: Putin's spokesman Dmitry Peskov denies war crimes", List.of(
                new Line("Ukraine war: Putin's spokesman Dmitry Peskov denies war crimes but admits 'significant' Russian losses",
                        SentenceKind.HEADLINE),
                Line.of("Vladimir Putin's spokesman has admitted a \"significant\" loss of Russian troops since the invasion of Ukraine began."),
                new Line("Please use Chrome browser for a more accessible video player", SentenceKind.FURNITURE),
                Line.of("Anatoliy Fedoruk said he had personally counted 12 people who appeared to have been shot."),
                Line.of("\"We deny the Russian military can have something in common with these atrocities,\" Mark Austin said."),
                Line.of("NATO was confrontational, he said.")),
                "We deny the Russian military can have something in common with these atrocities,|Mark Austin");
    }

    /**
     * Two sources with an ATTRIBUTION (HIGH) and a NUMBER (MEDIUM) finding, an omission and an
     * addition, listed in the report out of severity order: omission, number, attribution, addition.
     */
    static Report twoSources() {
        AnalyzedArticle forces = forces();
        AnalyzedArticle sky = sky();
        List<Discrepancy> discrepancies = List.of(
                new Discrepancy.Omission(finding(Severity.LOW, "sky does not say: The mayor said the town needed help.",
                        evidence(forces, 5, ""), none("sky"))),
                new Discrepancy.NumberChange(finding(Severity.MEDIUM, "People counted: 21 in forces but 12 in sky",
                        evidence(forces, 2, "21"), evidence(sky, 3, "12"))),
                new Discrepancy.Attribution(finding(Severity.HIGH, "Quote credited to Mr Peskov in forces but to Mark Austin in sky",
                        evidence(forces, 3, "Mr Peskov"), evidence(sky, 4, "Mark Austin"))),
                new Discrepancy.Addition(finding(Severity.LOW, "Only sky says: NATO was confrontational, he said.",
                        none("forces"), evidence(sky, 5, ""))));
        List<Alignment> alignments = List.of(
                align(forces, 0, sky, 0, 0.6), align(forces, 1, sky, 1, 0.7),
                align(forces, 2, sky, 3, 0.93), align(forces, 3, sky, 4, 0.9));
        return new Report(List.of(forces, sky), alignments, discrepancies);
    }
}
