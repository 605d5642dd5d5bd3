package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** An organisation that speaks under a name with a short form in brackets speaks under the whole name. */
class DefinedNamesTest {

    private static String speakerOfSecondSentence(String sentence) {
        AnalyzedArticle a = new TextAnalyzer().analyze(new Article("a", "", "Title", "Talks went on all week.\n\n" + sentence));
        return a.speakerOf(1).name();
    }

    @Test
    void aNameWhoseSmallWordsTheEntityLayerCutsAtSpeaksWholeBeforeItsShortForm() {
        assertThat(speakerOfSecondSentence("The Federal Office for Roads and the Environment (BFSU) said the bridge would stay shut."))
                .isEqualTo("Federal Office for Roads and the Environment");
    }

    @Test
    void theInitialsOfTheShortFormChooseHowFarBackTheNameRuns() {
        assertThat(speakerOfSecondSentence("The Lakeside Water and Drainage Company (LWDC) said supply would resume on Friday."))
                .isEqualTo("Lakeside Water and Drainage Company");
        assertThat(speakerOfSecondSentence("Police and the Harbour Safety Authority (HSA) said the wreck had been found."))
                .isEqualTo("Harbour Safety Authority");
    }
}
