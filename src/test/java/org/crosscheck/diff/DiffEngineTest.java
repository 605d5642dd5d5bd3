package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.crosscheck.CrossCheck;
import org.crosscheck.SeedText;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;
import org.junit.jupiter.api.Test;

class DiffEngineTest {

    private final DiffEngine engine = new DiffEngine();

    private static Article article(String id, String text) {
        return new Article(id, "", "", text);
    }

    @Test
    void ordersContradictionsBySeverityBeforeOmissions() {
        Report report = CrossCheck.compare(List.of(
                article("wire", Pairs.CONTEXT + "Police said 3,000 people joined the march through Leeds city centre.\n"
                        + "The trial is due to begin at Leeds Crown Court on 9 March.\n"
                        + "Two men aged 24 and 31 have been arrested on suspicion of arson.\n"),
                article("rewrite", Pairs.CONTEXT + "Police said 5,000 people joined the march through Leeds city centre.\n"
                        + "The trial is due to begin at Leeds Crown Court on 19 March.\n")));
        assertThat(Pairs.describe(report.discrepancies())).containsExactly(
                "NUMBER HIGH 2 2 '3,000' '5,000'",
                "DATE MEDIUM 3 3 '9 March' '19 March'",
                "OMISSION LOW 4 -1 'Two men aged 24 and 31 have been arrested on suspicion of arson.' ''");
    }

    @Test
    void keepsQuietOnHeadlinesNamingAPlaceAtTwoLevelsWhenTheRewritesBodyNamesTheOriginalsPlace() {
        Comparison c = Pairs.of("Audit finds timber firms cleared protected forest in East Kalimantan\n\n"
                        + "An independent audit has found that five timber companies cleared about 9,000 hectares of rainforest in East Kalimantan "
                        + "between 2021 and 2023, the environment ministry said on Monday.\n\nThe ministry said it would suspend the firms' permits.\n",
                "Timber firms razed protected forest in Borneo, audit says\n\n"
                        + "Five timber companies stripped some 9,000 hectares of rainforest in East Kalimantan from 2021 to 2023, an independent audit "
                        + "has found, the environment ministry said on Monday.\n\nTheir permits will be suspended, the ministry said.\n");
        assertThat(new EntityDetector().detect(c)).extracting(d -> d.finding().left().value()).contains("East Kalimantan");
        assertThat(engine.detect(c)).noneMatch(d -> d.type().equals("ENTITY"));
    }

    @Test
    void doesNotRepeatANameSwapAlreadyReportedAsAnAttribution() {
        Comparison c = Pairs.ofLines("\"The bridge will reopen by Friday,\" council leader Mark Evans said.",
                "\"The bridge will reopen by Friday,\" council leader Sarah Price said.");
        assertThat(Pairs.describe(new EntityDetector().detect(c))).containsExactly(
                "ENTITY MEDIUM 2 2 'Mark Evans' 'Sarah Price'");
        assertThat(Pairs.describe(engine.detect(c))).containsExactly("ATTRIBUTION HIGH 2 2 'Mark Evans' 'Sarah Price'");
    }

    @Test
    void reportsAChangedTitleOnceWhereTheWordsDifferNotAgainWithTheNameItStandsBefore() {
        Comparison c = Pairs.ofLines("Deputy Finance Minister Tomasz Wierzbicki said the vouchers were popular.",
                "Deputy Health Minister Tomasz Wierzbicki said the vouchers were popular.");
        assertThat(Pairs.describe(new EntityDetector().detect(c))).hasSize(2);
        assertThat(Pairs.describe(engine.detect(c))).containsExactly("ENTITY HIGH 2 2 'Deputy Finance Minister' 'Deputy Health Minister'");
    }

    @Test
    void reportsAVerbSwappedForItsOppositeOnceAsANegationNotAlsoAsAChangedDescription() {
        Comparison c = Pairs.ofLines("The board approved the merger with Northbank on Monday.",
                "The board blocked the merger with Northbank on Monday.");
        assertThat(new EntityDetector().detect(c)).extracting(Discrepancy::type).containsExactly("ENTITY");
        assertThat(engine.detect(c)).extracting(Discrepancy::type).containsExactly("NEGATION");
    }

    @Test
    void saysHowManySourcesAgreeWhenThreeSourcesTakePart() {
        String rally = "Police said %s people joined the march through Leeds city centre.\n";
        Report report = CrossCheck.compare(List.of(
                article("wire", Pairs.CONTEXT + rally.formatted("3,000")),
                article("local", Pairs.CONTEXT + rally.formatted("3,000")),
                article("tabloid", Pairs.CONTEXT + rally.formatted("5,000"))));
        assertThat(report.discrepancies()).extracting(Discrepancy::type, d -> d.finding().left().source(),
                d -> d.finding().right().source(), d -> d.finding().consensus())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NUMBER", "local", "tabloid", "2 of 3 sources say 3,000; tabloid says 5,000"),
                        org.assertj.core.groups.Tuple.tuple("NUMBER", "wire", "tabloid", "2 of 3 sources say 3,000; tabloid says 5,000"));
    }

    @Test
    void addsNoConsensusLineForTwoSources() {
        Comparison c = Pairs.ofLines("Police said 3,000 people joined the march through Leeds city centre.",
                "Police said 5,000 people joined the march through Leeds city centre.");
        assertThat(engine.combine(engine.detect(c), 2)).extracting(d -> d.finding().consensus()).containsExactly("");
    }

    @Test
    void findsNothingWhenNothingIsCompared() {
        assertThat(engine.detect(Pairs.of("", ""))).isEmpty();
        assertThat(engine.combine(List.of(), 3)).isEmpty();
    }

    @Test
    void keepsFindingsSortedAndUnrepeatedOnSeededRandomText() {
        Random random = new Random(31L);
        for (int round = 0; round < 6; round++) {
            Comparison c = Pairs.of(SeedText.shuffled(random, 40), SeedText.shuffled(random, 40));
            List<Discrepancy> found = engine.combine(engine.detect(c), 2);
            List<Discrepancy> sorted = new ArrayList<>(found);
            sorted.sort(DiffEngine.ORDER);
            assertThat(found).isEqualTo(sorted);
            Set<String> keys = new HashSet<>();
            for (Discrepancy d : found) {
                var f = d.finding();
                assertThat(keys.add(d.type() + "|" + f.left().sentence() + "|" + f.right().sentence() + "|"
                        + f.left().value() + "|" + f.right().value())).as(d.toString()).isTrue();
            }
        }
    }

    @Test
    void reportsADifferenceTheHeadlineRestatesOnceOnTheBodysPair() {
        Report report = CrossCheck.compare(List.of(
                article("wire", "Seven consortia bid for harbour dredging contract\n\n"
                        + "Seven international consortia submitted bids on Tuesday for the contract to dredge the outer harbour, the port authority said.\n"
                        + "The winner will be named in March.\n"),
                article("rewrite", "Half a dozen consortia bid to dredge outer harbour\n\n"
                        + "Half a dozen international consortia have bid for the contract to dredge the outer harbour, the port authority said.\n"
                        + "The winner will be named in March.\n")));
        assertThat(Pairs.describe(report.discrepancies())).containsExactly("NUMBER MEDIUM 1 1 'Seven' 'Half a dozen'");
    }
}
