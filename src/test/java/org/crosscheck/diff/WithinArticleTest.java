package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WithinArticleTest {

    private static AnalyzedArticle article(String text) {
        return new TextAnalyzer().analyze(new Article("wire", "", "", text));
    }

    @Test
    void reportsAPlaceThatTheArticlePutsInTwoRegions() {
        AnalyzedArticle a = article("""
                On Mariupol, which is in the Donetsk region, the spokesman said the city would be taken soon.
                Troops have surrounded the port for weeks, officials said.
                The spokesman later said Mariupol is part of the "Luhansk people's republic", which Moscow recognises.
                """);
        assertThat(Pairs.describe(WithinArticle.detect(a)))
                .as("the second region is what a quoted speaker says: the article may only report the claim, so LOW")
                .containsExactly("ENTITY LOW 0 2 'Donetsk region' 'Luhansk people's republic'");
        assertThat(WithinArticle.detect(a).get(0).finding().left().source()).isEqualTo("wire");
        assertThat(WithinArticle.detect(a).get(0).finding().right().source()).isEqualTo("wire");
    }

    @Test
    void reportsTwoRegionsTheArticleItselfStatesAsMedium() {
        AnalyzedArticle a = article("""
                On Mariupol, which is in the Donetsk region, the spokesman said the city would be taken soon.
                Troops have surrounded the port for weeks, officials said.
                Mariupol is part of the Luhansk people's republic, which Moscow recognises.
                """);
        assertThat(Pairs.describe(WithinArticle.detect(a)))
                .containsExactly("ENTITY MEDIUM 0 2 'Donetsk region' 'Luhansk people's republic'");
    }

    @Test
    void leavesThePlaceToTheCrossSourceChecksWhenAnotherSourceTakesASide() {
        AnalyzedArticle a = article("""
                On Mariupol, which is in the Donetsk region, the spokesman said the city would be taken soon.
                The spokesman later said Mariupol is part of the "Luhansk people's republic", which Moscow recognises.
                """);
        assertThat(WithinArticle.claims(a)).containsExactlyInAnyOrder("mariupol|donetsk", "mariupol|luhansk");
        assertThat(WithinArticle.detect(a, java.util.Set.of("mariupol|luhansk"))).isEmpty();
        assertThat(WithinArticle.detect(a, java.util.Set.of("kramatorsk|donetsk"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // one region written two ways
        "Kramatorsk, in the Donetsk region, was shelled overnight.\nKramatorsk, in the Donetsk oblast, has lost power.\n",
        // a country or a direction is not a region
        "Kramatorsk, in the Donetsk region, was shelled overnight.\nKramatorsk, in eastern Ukraine, has lost power.\n",
        // two different places
        "Kramatorsk, in the Donetsk region, was shelled overnight.\nKupiansk, in the Kharkiv region, has lost power.\n",
        // said once only
        "Kramatorsk, in the Donetsk region, was shelled overnight.\nThe city has lost power, officials said.\n"
    })
    void staysQuietWhenNoPlaceIsPutInTwoRegions(String text) {
        assertThat(WithinArticle.detect(article(text))).isEmpty();
    }

    @Test
    void findsNothingInAnEmptyArticle() {
        assertThat(WithinArticle.detect(article(""))).isEmpty();
    }
}
