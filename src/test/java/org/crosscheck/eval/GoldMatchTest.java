package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matching of shared/score.py, on a small gold case written for this test. */
class GoldMatchTest {

    private static final String GOLD = """
            {"case": "tiny", "sources": ["original.txt", "copy.txt"],
             "findings": [
               {"id": "toll", "type": "NUMBER", "anchors": ["\u201cWe lost  twelve\u201d \u2014 the mayor"], "values": ["12", "15"]},
               {"id": "who", "type": "ATTRIBUTION", "types": ["ATTRIBUTION", "ENTITY"], "anchors": ["the MAYOR"], "values": ["Jane Roe"]}
             ],
             "allowed": [{"types": ["DATE"], "anchors": ["on Monday"]}]}
            """;

    @TempDir
    Path dir;

    private GoldCase tiny() throws IOException {
        Files.writeString(dir.resolve("gold.json"), GOLD);
        return GoldCase.read(dir);
    }

    private static Discrepancy number(String leftText, String rightText, String leftValue, String rightValue, String summary) {
        Finding f = new Finding(Severity.HIGH, summary, "", 0.8, side("original", leftText, leftValue), side("copy", rightText, rightValue));
        return new Discrepancy.NumberChange(f);
    }

    private static Evidence side(String source, String text, String value) {
        return new Evidence(source, 0, new Span(0, text.length()), text, value, null);
    }

    @Test
    void readsSourcesRelativeToTheGoldFileAndTypesBeforeType() throws IOException {
        GoldCase c = tiny();

        assertThat(c.sources()).containsExactly(dir.resolve("original.txt"), dir.resolve("copy.txt"));
        assertThat(c.findings()).extracting(GoldEntry::types).containsExactly(List.of("NUMBER"), List.of("ATTRIBUTION", "ENTITY"));
        assertThat(c.allowed().get(0).types()).containsExactly("DATE");
        assertThat(c.clean()).isFalse();
    }

    @Test
    void matchesIgnoringCaseQuoteStyleDashesNoBreakSpacesAndRunsOfSpace() throws IOException {
        GoldEntry toll = tiny().findings().get(0);
        Discrepancy d = number("\"We lost twelve\" - the\u00a0Mayor said 12 died.", "The mayor said 15 died.", "12", "15", "Figure differs");

        assertThat(GoldMatch.matches(d, toll)).isTrue();
    }

    @Test
    void findsAnAnchorInTheRightSentenceAndAValueInTheSummary() throws IOException {
        GoldEntry toll = tiny().findings().get(0);
        Discrepancy d = number("Twelve died.", "\u201cWe lost twelve\u201d \u2013 the mayor", "twelve", "fifteen",
                "Figure differs: 12 in original but 15 in copy");

        assertThat(GoldMatch.matches(d, toll)).isTrue();
    }

    @Test
    void doesNotMatchWhenAValueIsMissingTheTypeDiffersOrTheAnchorIsOnlyInAValue() throws IOException {
        GoldCase c = tiny();
        GoldEntry toll = c.findings().get(0);
        String quote = "\"We lost twelve\" - the mayor";

        assertThat(GoldMatch.matches(number(quote, quote, "12", "16", "Figure differs"), toll)).isFalse();
        Finding same = number(quote, quote, "12", "15", "Figure differs").finding();
        assertThat(GoldMatch.matches(new Discrepancy.DateChange(same), toll)).isFalse();
        assertThat(GoldMatch.matches(number("Twelve died.", "Fifteen died.", quote, "15", "12"), toll)).isFalse();
        assertThat(GoldMatch.matches(new Discrepancy.EntityChange(same), c.findings().get(1))).isFalse();
    }

    @Test
    void matchesAnyOfTheTypesAnEntryNames() throws IOException {
        GoldEntry who = tiny().findings().get(1);
        Finding f = new Finding(Severity.HIGH, "Speaker differs", "", 0.9, side("original", "The mayor said so.", "John Doe"),
                side("copy", "Jane Roe said so.", "Jane Roe"));

        assertThat(GoldMatch.matches(new Discrepancy.EntityChange(f), who)).isTrue();
        assertThat(GoldMatch.matches(new Discrepancy.Attribution(f), who)).isTrue();
        assertThat(GoldMatch.matches(new Discrepancy.QuoteWording(f), who)).isFalse();
    }

    @Test
    void normalisesUnicodeWhiteSpaceAsPythonDoes() {
        assertThat(GoldMatch.norm(" \u3000A\u2028\u2029b\u001c\tC\u00a0 ")).isEqualTo("a b c");
        assertThat(GoldMatch.norm("\u2018It\u2019s\u2019 \u201cX\u201d")).isEqualTo("'it's' \"x\"");
        assertThat(GoldMatch.norm(null)).isEmpty();
        assertThat(GoldMatch.norm("   ")).isEmpty();
    }

    @Test
    void scoresATinyCaseEndToEndAsScorePyWould() throws IOException {
        Files.writeString(dir.resolve("gold.json"), """
                {"case": "tiny", "sources": ["original.txt", "copy.txt"],
                 "findings": [{"id": "toll", "type": "NUMBER", "anchors": ["people died"], "values": ["12", "15"]}]}
                """);
        Files.writeString(dir.resolve("original.txt"), "Flood in Riverton\n\nTwelve houses were lost. "
                + "The mayor said 12 people died in the flood on Monday.\n");
        Files.writeString(dir.resolve("copy.txt"), "Flood in Riverton\n\nTwelve houses were lost. "
                + "The mayor said 15 people died in the flood on Monday.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = Evaluate.run(new String[] {"cases", dir.toString(), "--aside-rule", "none", "--min-confidence", "0", "--show"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(text).contains("found  NUMBER        toll").containsPattern("recall\\s+1/1 = 1.000")
                .containsPattern("precision\\s+1/1 = 1.000");
    }

    @Test
    void refusesToShowSetAsideCasesOneByOne() throws IOException {
        Path aside = Files.createDirectories(dir.resolve("dev-005"));
        Files.writeString(aside.resolve("gold.json"), """
                {"case": "dev-005", "sources": ["a.txt", "b.txt"], "findings": []}
                """);
        Files.writeString(aside.resolve("a.txt"), "The council met on Monday.\n");
        Files.writeString(aside.resolve("b.txt"), "The council met on Tuesday.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Evaluate.run(new String[] {"cases", dir.toString(), "--show", "--min-confidence", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("dev-005", "FALSE").contains("set-aside cases are measured in aggregate")
                .containsPattern("cases\\s+0\\s+1");
    }
}
