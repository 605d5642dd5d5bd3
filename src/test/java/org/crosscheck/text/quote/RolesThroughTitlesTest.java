package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Speaker;
import org.junit.jupiter.api.Test;

class RolesThroughTitlesTest {

    @Test
    void theHeadOfACompoundRoleIsItsLastRoleNoun() {
        PersonIndex index = PersonIndex.of("Dr Lena Ortiz, the region's chief medical officer, opened the clinic. "
                + "Officials counted 40 cases, according to the county's chief public health officer, Dr Tomas Ruud.");
        assertThat(index.bindings()).extracting(RoleBinding::head).containsExactly("officer", "officer");
    }

    @Test
    void thePersonAPassiveVerbsAgentNamesHoldsTheRoleTheVerbMakes() {
        PersonIndex index = PersonIndex.of("The growers' federation, led by Maria Quiroga, said orders had collapsed. "
                + "A second group, headed by Thomas Ferrer, welcomed the cut.");
        assertThat(index.bindings()).extracting(RoleBinding::head).containsExactly("leader", "head");
        assertThat(index.bindings()).extracting(b -> b.person().name()).containsExactly("Maria Quiroga", "Thomas Ferrer");
    }

    @Test
    void anOfficeOfTheTextLayersListIsATitleBeforeAName() {
        PersonIndex index = PersonIndex.of("On the steps of the court, Deputy Commissioner Niamh Kerrigan welcomed the ruling. "
                + "Magistrate Ruth Okonjo adjourned the hearing.");
        assertThat(index.names()).containsExactly("Niamh Kerrigan", "Ruth Okonjo");
        assertThat(index.bindings()).extracting(RoleBinding::head).contains("commissioner");
    }

    @Test
    void aBareRoleReachesTheHolderOfTheWholeOffice() {
        String text = "On the steps of the court, Deputy Commissioner Niamh Kerrigan welcomed the ruling.\n\n"
                + "Judge Paul Moran said the fine was fair.\n\n"
                + "\"Nobody is above the rules,\" the deputy commissioner said.";
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(0).speaker();
        assertThat(s.name()).isEqualTo("Niamh Kerrigan");
        assertThat(s.confidence()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void aQuoteCreditedToTheCompoundRoleGoesToItsHolderNotToWhoeverWasNamedLast() {
        String text = "Cases rose, according to the county's chief public health officer, Dr Tomas Ruud.\n\n"
                + "Health Minister Carla Weiss announced new funding.\n\n"
                + "\"We will not shame anyone,\" the chief public health officer said.";
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(0).speaker();
        assertThat(s.name()).isEqualTo("Tomas Ruud");
        assertThat(s.confidence()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void aBareGeneralRoleReachesThePersonHoldingAKindOfIt() {
        String text = "Maria Velasco, the firm's vice president for sales, called the offer fair.\n\n"
                + "\"I trust we will agree soon,\" the executive added.";
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(0).speaker();
        assertThat(s.name()).isEqualTo("Maria Velasco");
        assertThat(s.confidence()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void amongSeveralHoldersOfKindredRolesABareRolePointsAtTheOneJustNamed() {
        String text = "Union president Pablo Rivas called the strike.\n\n"
                + "Maria Velasco, the firm's vice president for sales, called the offer fair. She said talks would go on. "
                + "\"I trust we will agree soon,\" the executive added.";
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(0).speaker();
        assertThat(s.name()).isEqualTo("Maria Velasco");
        assertThat(s.confidence()).isGreaterThanOrEqualTo(0.65);
    }

    @Test
    void aNameWithItsOrganisationsTitleInAnAppositiveIsAPersonWhoSpeaks() {
        String text = "The turbine hall is running again.\n\n\"The crews have left us a sturdier plant,\" Piet Claessens, "
                + "Norvalt's chief operating officer, told reporters at the plant.";
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(0).speaker();
        assertThat(s.name()).isEqualTo("Piet Claessens");
    }

    @Test
    void aRoleNamedWithItsOrganisationIsNotHeldBySomeoneOfAnotherOrganisation() {
        String text = "Chief executive Aiko Hayashi said the deal would give Kestrel a foothold in the north.\n\n"
                + "Mina Sato, Orbis's president, said her family had found no successor.\n\n"
                + "It was \"not an easy decision\", the Kestrel chief said.";
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(0).speaker();
        assertThat(s.name()).isEqualTo("Aiko Hayashi");
    }

    @Test
    void aRoleReachesTheHolderOfAnOfficeOfTheSameSense() {
        String text = "Justice Ruth Nakato read out the judgment on March 2.\n\n"
                + "\"The voters of this district deserve a fair count,\" the judge said.";
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(0).speaker();
        assertThat(s.name()).isEqualTo("Ruth Nakato");
        assertThat(s.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aPersonWhoHeadsABodyHoldsTheRoleTheVerbMakesOfThem() {
        String text = "\"The crane gave way without warning,\" Marta Lindqvist, who heads the harbour safety board, told reporters.\n\n"
                + "Dock worker Ivo Petek said the shift had just changed.\n\n"
                + "\"We had asked for an inspection in March,\" the harbour safety chief said.";
        PersonIndex index = PersonIndex.of(text);
        assertThat(index.bindings()).extracting(RoleBinding::head).contains("head");
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(1).speaker();
        assertThat(s.name()).isEqualTo("Marta Lindqvist");
        assertThat(s.confidence()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void aChiefIsTheHeadOfTheBodyTheArticleNamedEarlier() {
        String text = "The league's head of refereeing, Sven Aalto, said the review took a week.\n\n"
                + "Club director Jonas Berg called the ban harsh.\n\n"
                + "\"The footage left no doubt,\" the league chief said.";
        Speaker s = QuoteAnalyzerTest.analyze(text).quotes().get(0).speaker();
        assertThat(s.name()).isEqualTo("Sven Aalto");
        assertThat(s.confidence()).isGreaterThanOrEqualTo(0.7);
    }
}
