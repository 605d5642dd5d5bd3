package org.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.report.html.ReportFixtures.align;
import static org.crosscheck.report.html.ReportFixtures.article;
import static org.crosscheck.report.html.ReportFixtures.evidence;
import static org.crosscheck.report.html.ReportFixtures.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;
import org.crosscheck.model.Severity;
import org.crosscheck.report.html.ReportFixtures.Line;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static Document render(Report report) {
        return Jsoup.parse(new HtmlReport().render(report));
    }

    private static List<String> ids(Document doc, String cssQuery) {
        return doc.select(cssQuery).eachAttr("id");
    }

    @Test
    void listsContradictionsMostSevereFirstThenOmissionsAndAdditionsCollapsed() {
        Document doc = render(ReportFixtures.twoSources());

        assertThat(ids(doc, "ol.contradictions > li.finding")).containsExactly("f-2", "f-1");
        assertThat(doc.select("ol.contradictions > li.finding").eachAttr("data-severity")).containsExactly("HIGH", "MEDIUM");
        assertThat(ids(doc, "details.informational > ol > li.finding")).containsExactly("f-0", "f-3");
        assertThat(doc.selectFirst("details.informational").hasAttr("open")).isFalse();
        assertThat(doc.select("#f-2 .finding-link").text())
                .isEqualTo("HIGH ATTRIBUTION Quote credited to Mr Peskov in forces but to Mark Austin in sky");
        assertThat(doc.select("#f-2 .explanation").text()).isEqualTo("Detected by a test.");
    }

    @Test
    void linksEachFindingToTheStatementItIsAbout() {
        Document doc = render(ReportFixtures.twoSources());

        assertThat(doc.select("li.finding > a.finding-link").eachAttr("href"))
                .containsExactly("#s-forces-3", "#s-forces-2", "#s-forces-5", "#s-sky-5");
        for (Element a : doc.select("a[href^=#]")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
        }
    }

    @Test
    void laysOutRowsInLeftOrderWithOneSidedSentencesInTheirPlace() {
        Document doc = render(ReportFixtures.twoSources());

        List<String> rows = new ArrayList<>();
        for (Element row : doc.select(".sbs > .row")) {
            rows.add(row.child(0).id() + "|" + row.child(1).id() + "|" + row.attr("data-status")
                    + (row.hasClass("furniture") ? "|furniture" : ""));
        }
        assertThat(rows).containsExactly(
                "s-forces-0|s-sky-0|reworded",
                "s-forces-1|s-sky-1|reworded",
                "|s-sky-2|only|furniture",
                "s-forces-2|s-sky-3|contradicts",
                "s-forces-3|s-sky-4|contradicts",
                "s-forces-4||only|furniture",
                "s-forces-5||only",
                "|s-sky-5|only");
    }

    @Test
    void marksContradictedItemsMoreStronglyThanRewordedWords() {
        Document doc = render(ReportFixtures.twoSources());

        assertThat(doc.select("#s-forces-2 .contradicts").eachText()).containsExactly("21");
        assertThat(doc.select("#s-sky-3 .contradicts").eachText()).containsExactly("12");
        assertThat(doc.select("#s-sky-3 .contradicts").attr("data-finding")).isEqualTo("f-1");
        assertThat(doc.select("#s-sky-4 .contradicts").eachText()).containsExactly("Mark Austin");
        assertThat(doc.select("#s-forces-1 .w-diff").eachText())
                .containsExactly("A", "for the Russian president", "Russia has suffered", "losses", "in");
    }

    @Test
    void marksQuotesWithTheirSpeakerInTheTooltip() {
        Document doc = render(ReportFixtures.twoSources());

        Element quote = doc.selectFirst("#s-sky-4 .quote");
        assertThat(quote.text()).isEqualTo("We deny the Russian military can have something in common with these atrocities,");
        assertThat(quote.attr("title")).isEqualTo("Quote credited to Mark Austin");
    }

    @Test
    void showsIdenticalSentencesWithoutMarks() {
        AnalyzedArticle a = article("a", "A", List.of(Line.of("The bridge reopened on Monday.")));
        AnalyzedArticle b = article("b", "B", List.of(Line.of("The bridge reopened on Monday.")));
        Document doc = render(new Report(List.of(a, b), List.of(align(a, 0, b, 0, 1)), List.of()));

        assertThat(doc.select(".sbs > .row").eachAttr("data-status")).containsExactly("identical");
        assertThat(doc.select(".w-diff, .contradicts")).isEmpty();
        assertThat(doc.select("p.none").text()).isEqualTo("No contradictions found.");
    }

    @Test
    void summarisesEachSourceAndSaysPerPairWhatTheCopyLeftOutAndAdded() {
        Document doc = render(ReportFixtures.twoSources());

        assertThat(doc.select("table.sources thead th").eachText()).containsExactly("Source", "Title", "File", "Sentences");
        assertThat(doc.select("table.sources tbody tr").get(0).children().eachText()).containsExactly(
                "forces", "Putin spokesman admits 'significant losses' for Russia", "forces.txt",
                "6: 5 compared, 1 page furniture");
        assertThat(doc.select("ul.pairs > li").eachText()).containsExactly(
                "sky against forces: 2 contradictions; it leaves out 1 statement that forces has, and adds 1 statement that forces lacks.");
    }

    @Test
    void escapesHostileTextSoNothingInItBecomesMarkup() {
        Report report = HostileFixtures.report();
        Document doc = render(report);

        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").first().data()).doesNotContain("__pwned");
        assertThat(doc.select("img, svg, iframe, math, textarea, body body")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        for (Element el : doc.getAllElements()) {
            for (Attribute attr : el.attributes()) {
                assertThat(attr.getKey()).as(el.tagName()).doesNotStartWith("on");
            }
        }
        assertThat(doc.title()).isEqualTo("crosscheck: " + report.articles().get(0).id() + " vs " + report.articles().get(1).id());
        AnalyzedArticle a = report.articles().get(0);
        assertThat(doc.select(".cell.left .text").eachText())
                .containsExactlyElementsOf(a.sentences().stream().map(s -> s.text()).toList());
    }

    @Test
    void allowsOnlyItsOwnStyleAndScriptByHash() throws Exception {
        Document doc = render(ReportFixtures.twoSources());

        String policy = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).contains("default-src 'none'")
                .contains("script-src '" + sha256(doc.selectFirst("script").data()) + "'")
                .contains("style-src '" + sha256(doc.selectFirst("style").data()) + "'");
        assertThat(doc.select("[style], link, [src]")).isEmpty();
    }

    @Test
    void showsTheFirstPairAndEveryFindingWithAllItsSourcesForThreeSources() {
        AnalyzedArticle a = article("a", "A", List.of(Line.of("Five people died.")));
        AnalyzedArticle b = article("b", "B", List.of(Line.of("Five people died.")));
        AnalyzedArticle c = article("c", "C", List.of(Line.of("Six people died.")));
        Discrepancy number = new Discrepancy.NumberChange(finding(Severity.HIGH, "Deaths: five in a but six in c",
                evidence(a, 0, "Five"), evidence(c, 0, "Six")).withConsensus("2 of 3 sources say five"));
        Document doc = render(new Report(List.of(a, b, c), List.of(align(a, 0, b, 0, 1), align(a, 0, c, 0, 0.8)), List.of(number)));

        assertThat(doc.select(".sbs .cell").eachAttr("id")).containsExactly("s-a-0", "s-b-0");
        assertThat(doc.select("#c-0 .sides li").eachText()).containsExactly("a Five people died.", "c Six people died.");
        assertThat(doc.select("#c-0 .contradicts").eachText()).containsExactly("Five", "Six");
        assertThat(doc.select("#c-0 .consensus").text()).isEqualTo("2 of 3 sources say five");
        assertThat(doc.select("#f-0 a.finding-link").attr("href")).isEqualTo("#s-a-0");
    }

    @Test
    void linksAFindingOutsideTheShownPairToItsConsensusEntry() {
        AnalyzedArticle a = article("a", "A", List.of(Line.of("Five people died.")));
        AnalyzedArticle b = article("b", "B", List.of(Line.of("Five people died.")));
        AnalyzedArticle c = article("c", "C", List.of(Line.of("Six people died.")));
        Discrepancy number = new Discrepancy.NumberChange(finding(Severity.HIGH, "Deaths: five in b but six in c",
                evidence(b, 0, "Five"), evidence(c, 0, "Six")));
        Document doc = render(new Report(List.of(a, b, c), List.of(), List.of(number)));

        assertThat(doc.select("#f-0 a.finding-link").attr("href")).isEqualTo("#s-b-0");
        Discrepancy elsewhere = new Discrepancy.NumberChange(finding(Severity.HIGH, "Deaths differ",
                evidence(c, 0, "Six"), evidence(c, 0, "Six")));
        Document other = render(new Report(List.of(a, b, c), List.of(), List.of(elsewhere)));
        assertThat(other.select("#f-0 a.finding-link").attr("href")).isEqualTo("#c-0");
    }

    @Test
    void showsEachContradictionsConfidenceAndOffersAConfidenceFilter() {
        Report base = ReportFixtures.twoSources();
        List<Discrepancy> changed = base.discrepancies().stream()
                .map(d -> d instanceof Discrepancy.NumberChange ? d.withFinding(f -> f.withConfidence(0.42)) : d).toList();
        Document doc = render(new Report(base.articles(), base.alignments(), changed));

        assertThat(doc.select("ol.contradictions > li.finding").eachAttr("data-confidence")).containsExactly("0.900", "0.420");
        assertThat(doc.select("details.informational li.finding[data-confidence]")).isEmpty();
        assertThat(doc.select("#f-1 .confidence").text()).isEqualTo("· confidence 42%");
        assertThat(doc.select(".contradicts[data-finding=f-1]").eachAttr("data-confidence")).isNotEmpty().containsOnly("0.420");
        Element range = doc.selectFirst(".filters input#min-confidence");
        assertThat(range).isNotNull();
        assertThat(List.of(range.attr("type"), range.attr("min"), range.attr("max"), range.attr("value"), range.attr("data-filter")))
                .containsExactly("range", "0", "100", "0", "confidence");
        assertThat(doc.select("label[for=min-confidence] output#min-confidence-value").text()).isEqualTo("0%");
    }

    @Test
    void offersNoConfidenceFilterWithoutContradictions() {
        Report base = ReportFixtures.twoSources();
        Document doc = render(new Report(base.articles(), base.alignments(),
                base.discrepancies().stream().filter(d -> !d.isContradiction()).toList()));

        assertThat(doc.select("#min-confidence")).isEmpty();
    }

    @Test
    void rendersAnEmptyReport() {
        Document doc = render(new Report(List.of(), List.of(), List.of()));

        assertThat(doc.select("p.none").eachText()).containsExactly(
                "No contradictions found.", "At least two sources are needed to compare texts.");
        assertThat(doc.select("table.sources tbody tr")).isEmpty();
        assertThat(doc.select("script")).hasSize(1);
    }

    @Test
    void keepsEverySentenceExactlyOnceAndEveryLinkWorkingForRandomReports() {
        Random random = new Random(20240406L);
        String alphabet = "ab <>&\"'=/;:()!?.,0123456789éß“”’\n";
        for (int round = 0; round < 40; round++) {
            AnalyzedArticle a = randomArticle("a", random, alphabet);
            AnalyzedArticle b = randomArticle("b", random, alphabet);
            List<Alignment> alignments = new ArrayList<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                alignments.add(align(a, random.nextInt(a.sentences().size()), b, random.nextInt(b.sentences().size()),
                        random.nextDouble()));
            }
            List<Discrepancy> discrepancies = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                int l = random.nextInt(a.sentences().size());
                int r = random.nextInt(b.sentences().size());
                String value = a.sentence(l).text().substring(0, Math.min(3, a.sentence(l).text().length()));
                discrepancies.add(new Discrepancy.EntityChange(finding(Severity.values()[random.nextInt(3)], "entity " + k,
                        evidence(a, l, value), evidence(b, r, "x"))));
            }
            Document doc = render(new Report(List.of(a, b), alignments, discrepancies));

            for (AnalyzedArticle article : List.of(a, b)) {
                for (int i = 0; i < article.sentences().size(); i++) {
                    Element cell = doc.getElementById("s-" + article.id() + "-" + i);
                    assertThat(cell).as("round %d %s %d", round, article.id(), i).isNotNull();
                    assertThat(cell.selectFirst(".text").wholeText()).isEqualTo(article.sentence(i).text());
                }
                assertThat(doc.select(".cell[data-source=" + article.id() + "]")).hasSize(article.sentences().size());
            }
            for (Element link : doc.select("a[href^=#]")) {
                assertThat(doc.getElementById(link.attr("href").substring(1))).as(link.outerHtml()).isNotNull();
            }
            assertThat(doc.select("script")).hasSize(1);
        }
    }

    private static AnalyzedArticle randomArticle(String id, Random random, String alphabet) {
        List<Line> lines = new ArrayList<>();
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
            StringBuilder s = new StringBuilder();
            for (int k = 1 + random.nextInt(40); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            lines.add(Line.of(s.toString()));
        }
        return article(id, "<b>" + id, lines);
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
