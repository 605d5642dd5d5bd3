package org.crosscheck.report.html;

import static org.crosscheck.report.html.ReportFixtures.align;
import static org.crosscheck.report.html.ReportFixtures.article;
import static org.crosscheck.report.html.ReportFixtures.evidence;
import static org.crosscheck.report.html.ReportFixtures.finding;

import java.util.List;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;
import org.crosscheck.model.Severity;
import org.crosscheck.report.html.ReportFixtures.Line;

/** A report whose every piece of source text tries to run script in the page. */
final class HostileFixtures {

    /** Payloads that would set {@code window.__pwned} or change the title if they ran. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__pwned=1;document.title='pwned';alert(1)</script>",
            "<img src=x onerror=\"window.__pwned=2;alert(1)\">",
            "\"><svg onload=\"window.__pwned=3;alert(1)\">",
            "'><body onload=window.__pwned=4>",
            "</textarea><script>window.__pwned=5</script>",
            "</title><script>document.title='pwned'</script>",
            "</style><script>window.__pwned=6</script>",
            "<a href=\"javascript:window.__pwned=7\">click</a>",
            "<iframe src=\"javascript:parent.__pwned=8\"></iframe>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=9>",
            "<!--<script>window.__pwned=10</script>-->",
            "&lt;script&gt;window.__pwned=11&lt;/script&gt;");

    private HostileFixtures() {
    }

    /** Two sources built from {@link #PAYLOADS}, with findings whose texts carry them too. */
    static Report report() {
        List<Line> left = PAYLOADS.stream().map(p -> Line.of("He said " + p + " at noon.")).toList();
        List<Line> right = PAYLOADS.stream().map(p -> Line.of("She said " + p + " at one.")).toList();
        AnalyzedArticle a = article("a\"><script>window.__pwned=12</script>", "<script>window.__pwned=13</script>", left,
                PAYLOADS.get(1) + "|<img src=x onerror=window.__pwned=14>");
        AnalyzedArticle b = article("b' onmouseover='window.__pwned=15", "</title><script>window.__pwned=16</script>", right);
        Report base = new Report(List.of(a, b),
                java.util.stream.IntStream.range(0, PAYLOADS.size()).mapToObj(i -> align(a, i, b, i, 0.8)).toList(),
                List.of());
        List<Discrepancy> discrepancies = java.util.stream.IntStream.range(0, PAYLOADS.size())
                .mapToObj(i -> (Discrepancy) new Discrepancy.Attribution(finding(Severity.HIGH,
                        "Credited to " + PAYLOADS.get(i), evidence(a, i, PAYLOADS.get(i)), evidence(b, i, PAYLOADS.get(i)))
                        .withConsensus(PAYLOADS.get((i + 1) % PAYLOADS.size()))))
                .toList();
        return new Report(base.articles(), base.alignments(), discrepancies);
    }
}
