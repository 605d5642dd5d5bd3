package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.SentenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineAndBylineTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private SentenceKind kindOf(String line) {
        String text = "The council met on Monday to agree the budget for next year.\n" + line + "\n"
                + "Members backed the plan by 31 votes to 17 after a long debate.";
        return analyzer.sentences(text).stream().filter(s -> s.text().equals(line)).findFirst().orElseThrow().kind();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Smith, BBC News", "By JANE SMITH", "By Jane Smith and Tom Ortiz | Reuters",
        "Updated 09:40 BST", "Published 3 hours ago", "12 March 2024", "Last updated: 3 May 2023, 14:02", "45 mins ago"})
    void marksBylinesAndTimestampsAsFurnitureByTheirForm(String line) {
        assertThat(kindOf(line)).isEqualTo(SentenceKind.FURNITURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Friday, officials said the road would reopen.", "By the time police arrived the crowd had gone.",
        "Shares fell sharply on 3 May after the results.", "Updated figures show 40 people died in the floods.",
        "Published in 2019, the report found failings at the trust."})
    void keepsStatementsThatStartLikeBylinesOrCarryDates(String line) {
        assertThat(kindOf(line)).isNotEqualTo(SentenceKind.FURNITURE);
    }

    @Test
    void measuresTheDatelineThatOpensASentence() {
        assertThat(FurnitureClassifier.datelineLength("PARIS, May 3 (Reuters) - French officials said the talks had failed."))
                .isEqualTo("PARIS, May 3 (Reuters) - ".length());
        assertThat(FurnitureClassifier.datelineLength("WASHINGTON (AP) \u2014 The Senate passed the bill on Tuesday."))
                .isEqualTo("WASHINGTON (AP) \u2014 ".length());
        assertThat(FurnitureClassifier.datelineLength("KYIV, Ukraine \u2014 Shelling resumed overnight.")).isEqualTo("KYIV, Ukraine \u2014 ".length());
        assertThat(FurnitureClassifier.datelineLength("LONDON \u2014 Rates were held.")).isEqualTo("LONDON \u2014 ".length());
    }

    @Test
    void leavesASentenceWithoutADatelineWhole() {
        assertThat(FurnitureClassifier.datelineLength("Donald Trump - who spoke on Monday - said he would run.")).isZero();
        assertThat(FurnitureClassifier.datelineLength("The UK - like France - has raised rates.")).isZero();
        assertThat(FurnitureClassifier.datelineLength("QUESTIONABLE MEDICAL CLAIMS \u2014 He has been criticised.")).isZero();
        assertThat(FurnitureClassifier.datelineLength("CONGRESS HAS INVESTIGATED HIM \u2014 In 2014 he testified.")).isZero();
        assertThat(FurnitureClassifier.datelineLength("Paris, May 3 (Reuters) - Talks failed.")).isEqualTo("Paris, May 3 (Reuters) - ".length());
    }
}
