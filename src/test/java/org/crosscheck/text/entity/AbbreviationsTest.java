package org.crosscheck.text.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void aShortFormInBracketsAfterANameIsDefinedForTheWholeNameSmallWordsAndAll() {
        Abbreviations a = Abbreviations.in("The Federal Office for Roads and the Environment (BFSU) said the bridge would close.");
        assertThat(a.definitions()).containsExactly(new Abbreviations.Definition("Federal Office for Roads and the Environment", "BFSU"));
    }

    @Test
    void theShortFormAndAnyFormOfTheNameAreOneBodyEvenWhenItsLettersAreAnotherLanguagesInitials() {
        Abbreviations a = Abbreviations.in("Talks went on.", "The Federal Office for Roads and the Environment (BFSU) said the bridge would close.");
        assertThat(a.sameBody("BFSU", "Federal Office for Roads and the Environment")).isTrue();
        assertThat(a.sameBody("Environment", "BFSU")).isTrue();
        assertThat(a.sameBody("BFSU", "Harbour Authority")).isFalse();
        assertThat(a.sameBody("BFSU", "BFSU")).isFalse();
    }

    @Test
    void aCountryInBracketsOrAOneWordNameDefinesNoShortForm() {
        assertThat(Abbreviations.in("Shares in Acme Holdings (UK) fell. Officials at Oxfam (OXF) declined to comment.").definitions()).isEmpty();
    }

    @Test
    void aOneWordNameGivenAfterKnownAsIsAShortFormOfTheNameBeforeIt() {
        Abbreviations a = Abbreviations.in("The Association of Inland Boat Operators, known as Aibo, said fares would rise.");
        assertThat(a.definitions()).containsExactly(new Abbreviations.Definition("Association of Inland Boat Operators", "Aibo"));
        assertThat(a.sameBody("Aibo", "Association of Inland Boat Operators")).isTrue();
        assertThat(Abbreviations.in("The striker Paulo Mendes, known as Paulinho Rocha, scored twice.").definitions()).isEmpty();
    }
}
