package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.crosscheck.SeedText;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FurnitureClassifier on its own and through TextAnalyzer.sentences, which gives every sentence its line's kind. */
class FurnitureClassifierTest {

    private static final String BODY = "Flood water reached the ground floor of several homes in Otley overnight, the council said.\n";

    private final TextAnalyzer analyzer = new TextAnalyzer();

    /** The kind of the sentence that is exactly {@code line}, set in a short article. */
    private SentenceKind kindOf(String line) {
        String text = BODY + line + "\n" + "Crews expect the river to fall by the weekend, the Environment Agency said.\n";
        List<Sentence> sentences = analyzer.sentences(text);
        return sentences.stream().filter(s -> line.startsWith(s.text())).findFirst().orElseThrow().kind();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Image: Firefighters pump water from a flooded street in Otley",
            "Residents carry belongings from their homes (Picture: Getty Images)",
            "otley-flood-aerial-2024.jpg",
            "To play this video you need to enable JavaScript in your browser.",
            "Read more: Council defends its flood defence spending",
            "Follow us on Facebook and Instagram for the latest updates",
            "Sign up to our morning newsletter",
            "Have you been affected by the flooding in Otley?",
            "Get the latest news on your phone with our free app",
            "By Tomas Reyes, transport correspondent | Wednesday, 4 June 2025",
            "By Ana Kova | Monday 2 June 2025, 07:45 CET",
            "Tuesday 3 June 2025 \u2013 Balkans correspondent",
            "Tuesday 3 June 2025 | Markets | 4 min read"})
    void marksPageFurniture(String line) {
        assertThat(kindOf(line)).isEqualTo(SentenceKind.FURNITURE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Share prices in the water company fell by 4% after the announcement.",
            "The charity said it would continue to support families who had lost their homes.",
            "\"If you live near the river, move your car to higher ground now,\" the fire chief said.",
            "\u201CYou never think it will happen to your street,\u201D said one resident, Janet Marsh.",
            "Speaking to reporters, the mayor said the defences had held in most places.",
            "Follow-up inspections will begin on Monday, July 1, the inspector general said."})
    void keepsBodyCopyAsStatements(String line) {
        assertThat(kindOf(line)).isEqualTo(SentenceKind.STATEMENT);
    }

    @Test
    void keepsReportedSpeechOnAPodcastAsAStatement() {
        assertThat(kindOf("Speaking on a podcast, the former minister said she had no regrets."))
                .isEqualTo(SentenceKind.STATEMENT);
    }

    @Test
    void marksTheLinkListAfterARelatedTopicsHeading() {
        String text = BODY + "Related topics\nFlooding\nOtley\nEnvironment Agency warnings\nLeeds City Council\n";
        List<SentenceKind> kinds = analyzer.sentences(text).stream().map(Sentence::kind).toList();
        assertThat(kinds).containsExactly(SentenceKind.STATEMENT, SentenceKind.FURNITURE, SentenceKind.FURNITURE,
                SentenceKind.FURNITURE, SentenceKind.FURNITURE, SentenceKind.FURNITURE);
    }

    @Test
    void marksALineRepeatedInTheArticle() {
        String repeated = "Live updates as river levels rise across Yorkshire";
        String text = repeated + "\n" + BODY + repeated + "\n";
        assertThat(analyzer.sentences(text).stream().map(Sentence::kind))
                .containsExactly(SentenceKind.FURNITURE, SentenceKind.STATEMENT, SentenceKind.FURNITURE);
    }

    @Test
    void marksHeadlinesBulletsAndStatementsByForm() {
        String text = "Otley residents count the cost of flooding\n" + BODY + "\u2022 Dozens of homes evacuated overnight\n";
        assertThat(analyzer.sentences(text).stream().map(Sentence::kind))
                .containsExactly(SentenceKind.HEADLINE, SentenceKind.STATEMENT, SentenceKind.BULLET);
    }

    @Test
    void givesEveryLineOfASecondPersonCaptionTheSameKind() {
        String text = BODY + "Have you been affected? Get in touch.\n";
        assertThat(analyzer.sentences(text).stream().map(Sentence::kind))
                .containsExactly(SentenceKind.STATEMENT, SentenceKind.FURNITURE, SentenceKind.FURNITURE);
    }

    @Test
    void classifiesNothingInEmptyText() {
        assertThat(new FurnitureClassifier().classifyLines("")).isEmpty();
        assertThat(new FurnitureClassifier().classifyLines("\n \n")).isEmpty();
        assertThat(analyzer.sentences("")).isEmpty();
    }

    @Test
    void givesEveryNonBlankLineOneKindAndEverySentenceARecordedSpanOnSeededRandomText() {
        Random random = new Random(11L);
        for (int round = 0; round < 30; round++) {
            String text = SeedText.shuffled(random, 40);
            Map<Span, SentenceKind> lines = new FurnitureClassifier().classifyLines(text);
            long nonBlank = text.lines().filter(l -> !l.isBlank()).count();
            assertThat(lines).hasSize((int) nonBlank);
            lines.forEach((span, kind) -> assertThat(span.of(text)).isEqualTo(span.of(text).strip()).isNotBlank());
            List<Sentence> sentences = analyzer.sentences(text);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                assertThat(s.index()).isEqualTo(i);
                assertThat(s.span().of(text)).isEqualTo(s.text());
                if (i > 0) {
                    assertThat(s.span().start()).isGreaterThanOrEqualTo(sentences.get(i - 1).span().end());
                }
            }
        }
    }
}
