package org.crosscheck.archive;

import java.util.List;
import java.util.Objects;

import org.crosscheck.model.Report;

/**
 * The outcome of checking one copy against an archive.
 *
 * @param matches every archived article that reports the same story, best first; empty when none
 *     does
 * @param compared how many of the best matches were compared with the copy (at most the
 *     {@code topN} asked for)
 * @param report the comparison, exactly what {@link org.crosscheck.CrossCheck#compare} gives for
 *     the compared archived articles (best first) and the copy (last); with no match, a report
 *     on the copy alone, without alignments or discrepancies
 */
public record CheckResult(List<Match> matches, int compared, Report report) {

    /** Copies the list; checks that the report holds the compared articles and the copy. */
    public CheckResult {
        matches = List.copyOf(matches);
        Objects.requireNonNull(report, "report");
        if (compared < 0 || compared > matches.size()) {
            throw new IllegalArgumentException("compared must be from 0 to " + matches.size() + ", got " + compared);
        }
        if (report.articles().size() != compared + 1) {
            throw new IllegalArgumentException("report must hold the " + compared + " compared articles and the copy, holds "
                    + report.articles().size());
        }
    }

    /** Whether any archived article reports the same story. */
    public boolean found() {
        return !matches.isEmpty();
    }

    /** The matches that were compared, best first. */
    public List<Match> comparedMatches() {
        return matches.subList(0, compared);
    }
}
