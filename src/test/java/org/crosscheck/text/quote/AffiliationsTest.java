package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AffiliationsTest {

    @Test
    void aPersonWhoChairsAnOrganisationSpeaksForIt() {
        assertThat(Affiliations.speaksFor("Ines Varga, who chairs the Harbour Boatmen's Guild, said members would vote.",
                "Ines Varga", "Guild")).isTrue();
    }

    @Test
    void aSpokeswomanForAnOrganisationSpeaksForIt() {
        assertThat(Affiliations.speaksFor("\"No,\" said Ana Ruiz, a spokeswoman for the Water Ministry.", "Ana Ruiz", "the Water Ministry"))
                .isTrue();
    }

    @Test
    void aRoleNamedInSeveralWordsBeforeTheOrganisationStillTiesTheTwo() {
        assertThat(Affiliations.speaksFor("Ingrid Hallberg, head of sourcing compliance at Swedish retailer Nordvik Apparel, said it would not cut orders.",
                "Ingrid Hallberg", "Nordvik Apparel")).isTrue();
    }

    @Test
    void theOrganisationsOwnRoleBeforeTheNameTiesTheTwo() {
        assertThat(Affiliations.speaksFor("The Guild's secretary, Ines Varga, called the vote.", "Ines Varga", "Guild")).isTrue();
        assertThat(Affiliations.speaksFor("The Guild said its members would vote. \"We are tired,\" said its chair, Ines Varga.",
                "Ines Varga", "Guild")).isTrue();
    }

    @Test
    void thePersonsPossessiveBeforeTheOrganisationsHeadNounIsTheBodyTheyRun() {
        assertThat(Affiliations.speaksFor("Mulvey's department said it had not dropped the target.", "Ciaran Mulvey",
                "the Department of Health")).isTrue();
        assertThat(Affiliations.speaksFor("Mulvey's critics said the target was dropped.", "Ciaran Mulvey",
                "the Department of Health")).isFalse();
    }

    @Test
    void aPersonMerelyNamedNearTheOrganisationIsNotItsVoice() {
        assertThat(Affiliations.speaksFor("Ines Varga, the mayor, criticised the Guild.", "Ines Varga", "Guild")).isFalse();
        assertThat(Affiliations.speaksFor("Ines Varga said the Guild would vote.", "Ines Varga", "Guild")).isFalse();
        assertThat(Affiliations.speaksFor("The Guild met. Ines Varga, a critic, walked out.", "Ines Varga", "Guild")).isFalse();
    }

    @Test
    void rejectsNullNamingTheParameter() {
        assertThatThrownBy(() -> Affiliations.speaksFor(null, "a", "b")).hasMessageContaining("text");
        assertThatThrownBy(() -> Affiliations.speaksFor("", null, "b")).hasMessageContaining("person");
    }
}
