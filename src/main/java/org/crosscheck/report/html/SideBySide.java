package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.align.Aligner;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Report;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.jsoup.nodes.Element;

/**
 * Renders two sources side by side, one row per statement, with the words that differ between
 * aligned sentences, the contradicted items and the quotes marked.
 *
 * <p>Every sentence cell has the id {@link Anchors#sentence}, so findings can link to it. A row's
 * class says what it shows: {@code row-identical}, {@code row-reworded}, {@code row-contradicts},
 * {@code row-weak} (paired below {@link Aligner#SAME_STATEMENT}: perhaps different statements),
 * {@code row-only} (a sentence one source lacks) or {@code row-elsewhere} (a sentence also
 * matched with one shown in another row); page furniture rows also have {@code furniture}.
 * Runs of identical or one-sided rows are folded by {@link RowRuns}.
 */
final class SideBySide {

    private final Report report;
    private final Anchors anchors;
    private final SentenceMarks marks;

    SideBySide(Report report, Anchors anchors, SentenceMarks marks) {
        this.report = report;
        this.anchors = anchors;
        this.marks = marks;
    }

    /** Appends the view of {@code left} against {@code right} to {@code parent}. */
    void append(Element parent, AnalyzedArticle left, AnalyzedArticle right) {
        Element grid = parent.appendElement("div").addClass("sbs");
        Element head = grid.appendElement("div").addClass("sbs-head");
        head.appendElement("div").addClass("col-title").appendText(left.id() + ": " + left.article().title());
        head.appendElement("div").addClass("col-title").appendText(right.id() + ": " + right.article().title());
        List<PairRows.Row> rows = PairRows.plan(left.id(), left.sentences().size(), right.id(),
                right.sentences().size(), report.alignments());
        List<Element> rowElements = new ArrayList<>();
        for (PairRows.Row row : rows) {
            rowElements.add(appendRow(grid, row, left, right));
        }
        RowRuns.fold(rowElements, left.id(), right.id());
    }

    private Element appendRow(Element grid, PairRows.Row row, AnalyzedArticle left, AnalyzedArticle right) {
        Element el = grid.appendElement("div").addClass("row");
        List<Mark> leftMarks = row.left() >= 0 ? new ArrayList<>(marks.of(left, row.left())) : List.of();
        List<Mark> rightMarks = row.right() >= 0 ? new ArrayList<>(marks.of(right, row.right())) : List.of();
        String status;
        if (row.isPair()) {
            WordDiff.Changes changes = WordDiff.between(left.sentence(row.left()).text(), right.sentence(row.right()).text());
            changes.left().forEach(s -> leftMarks.add(Mark.of(s, Mark.Kind.CHANGED)));
            changes.right().forEach(s -> rightMarks.add(Mark.of(s, Mark.Kind.CHANGED)));
            boolean contradicted = marks.isContradicted(left.id(), row.left()) || marks.isContradicted(right.id(), row.right());
            status = contradicted ? "contradicts" : changes.isIdentical() ? "identical"
                    : row.similarity() < Aligner.SAME_STATEMENT ? "weak" : "reworded";
            el.attr("title", String.format(Locale.ROOT, "similarity %.2f", row.similarity()));
        } else {
            // a sentence also matched with one shown in another row is not "only in one source"
            status = row.partner() >= 0 ? "elsewhere" : "only";
        }
        el.addClass("row-" + status).attr("data-status", status).attr("data-side", row.left() >= 0 ? "left" : "right");
        if (isFurniture(left, row.left()) && (row.right() < 0 || isFurniture(right, row.right()))
                || row.left() < 0 && isFurniture(right, row.right())) {
            el.addClass("furniture");
        }
        appendCell(el, "left", left, row.left(), leftMarks, row.partner());
        appendCell(el, "right", right, row.right(), rightMarks, row.partner());
        if (row.isPair()) {
            appendPairing(el.child(1).selectFirst(".loc"), status, row.similarity());
        }
        return el;
    }

    /** How sure the pairing is, in words an editor reads beside the sentence number. */
    private static void appendPairing(Element loc, String status, double similarity) {
        String percent = String.format(Locale.ROOT, "%.0f%%", similarity * 100);
        Element pairing = loc.appendText(" ").appendElement("span").addClass("pairing");
        if ("weak".equals(status)) {
            pairing.addClass("pairing-weak").appendText("weakly paired (" + percent
                    + " similar): may be different statements");
        } else {
            pairing.appendText("paired, " + percent + " similar");
        }
    }

    /** A cell of {@code source}; for a gap, {@code partner} is a sentence of {@code source} shown in another row. */
    private void appendCell(Element row, String side, AnalyzedArticle source, int index, List<Mark> cellMarks, int partner) {
        Element cell = row.appendElement("div").addClass("cell").addClass(side);
        if (index < 0) {
            cell.addClass("gap");
            cell.appendElement("span").addClass("loc").appendText(source.id());
            if (partner >= 0) {
                cell.appendText("Also matched with ");
                cell.appendElement("a").attr("href", "#" + anchors.sentence(source.id(), partner))
                        .appendText(source.id() + " #" + partner);
            } else {
                cell.appendText("Not in " + source.id());
            }
            return;
        }
        Sentence sentence = source.sentence(index);
        cell.id(anchors.sentence(source.id(), index)).attr("data-source", source.id()).attr("data-index", String.valueOf(index));
        if (sentence.kind() != SentenceKind.STATEMENT) {
            cell.addClass("kind-" + sentence.kind().name().toLowerCase(Locale.ROOT));
        }
        cell.appendElement("span").addClass("loc").appendText(source.id() + " #" + index);
        SentenceMarkup.append(cell.appendElement("span").addClass("text"), sentence.text(), cellMarks);
        for (int position : marks.findingsOf(source.id(), index)) {
            cell.appendText(" ");
            cell.appendElement("a").addClass("back").attr("href", "#" + Anchors.finding(position))
                    .attr("title", "Go to the finding")
                    .appendText("↑ " + report.discrepancies().get(position).type());
        }
    }

    private static boolean isFurniture(AnalyzedArticle article, int index) {
        return index >= 0 && !article.sentence(index).kind().isCompared();
    }
}
