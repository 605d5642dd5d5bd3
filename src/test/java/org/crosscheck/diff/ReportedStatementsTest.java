package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Reported speech (no quotation marks) credited to another person. */
class ReportedStatementsTest {

    private final AttributionDetector detector = new AttributionDetector();

    @Test
    void theReportedWordsOfAStatementAreReadWithoutItsCredit() {
        String body = "Talks went on.\n\nHarbour Minister Clara Voss told reporters in Kiel that the new quay would handle 40,000 containers a year.\n";
        AnalyzedArticle a = new TextAnalyzer().analyze(new Article("a", "", "", body));
        assertThat(ReportedContent.content(a, 1, a.speakerOf(1))).contains("quai", "40,000", "contain").doesNotContain("minist", "harbour", "voss");
    }

    @Test
    void aStatementMovedToAnotherNamedPersonIsReportedThoughTheLongCreditsMakeTheSentencesLookApart() {
        Comparison c = Pairs.ofLines(
                "Harbour Minister Clara Voss told reporters in Kiel that the new quay would handle about 40,000 containers a year from the spring.",
                "Port authority chief executive Tom Hale said the new quay would take around 40,000 containers a year from the spring.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 2 2 'Clara Voss' 'Tom Hale'");
    }

    @Test
    void twoPeopleSayingDifferentThingsAboutOneSubjectAreNoMovedStatement() {
        Comparison c = Pairs.ofLines(
                "Harbour Minister Clara Voss told reporters in Kiel that the new quay would open to ships in the spring.",
                "Port authority chief executive Tom Hale said dredging costs had doubled since the contract was signed.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void aStatementMovedIntoAnotherPersonsParagraphIsReportedWhenEachSheIsSure() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Dr Helen Ashby of the health agency described the outbreak as serious.\n"
                        + "Ruth Kemp, who runs the vaccination programme, said 20 million doses had been delivered.\n"
                        + "She said more than 50,000 nurses had been trained for the drive, most of them in rural clinics.\n",
                Pairs.CONTEXT + "Ruth Kemp, who runs the vaccination programme, said 20 million doses had been delivered.\n"
                        + "Dr Helen Ashby of the health agency described the outbreak as serious.\n"
                        + "She added that more than 50,000 nurses had been trained for the drive, most of them in rural clinics.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 4 4 'Ruth Kemp' 'Helen Ashby'");
    }
}
