package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonIndexTest {

    private static final String ARTICLE = "In an interview, Mr Peskov denied it. Dmitry Peskov, spokesman for President "
            + "Vladimir Putin, spoke for an hour. Putin's forces withdrew. Judge Pryce adjourned the case. "
            + "Boris Johnson and Jo Johnson were not there.";

    @Test
    void groupsEveryFormOfANameUnderTheFullestOne() {
        PersonIndex index = PersonIndex.of(ARTICLE);
        assertThat(index.canonical("Mr Peskov")).isEqualTo("Dmitry Peskov");
        assertThat(index.canonical("Peskov")).isEqualTo("Dmitry Peskov");
        assertThat(index.canonical("Mr. Peskov")).isEqualTo("Dmitry Peskov");
        assertThat(index.canonical("Putin's")).isEqualTo("Vladimir Putin");
        assertThat(index.samePerson("Mr Peskov", "Dmitry Peskov")).isTrue();
        assertThat(index.samePerson("Peskov", "Putin")).isFalse();
    }

    @Test
    void findsTheHolderOfARoleWrittenWithAPossessive() {
        PersonIndex index = PersonIndex.of("Inge Dahl, a spokeswoman for the Drivers' Union, said the strike would go on. "
                + "Lars Moe, a spokesman for the City's Transport Office, said buses would run.");
        assertThat(index.holderOf("the drivers' spokeswoman")).isEqualTo("Inge Dahl");
        assertThat(index.holderOf("the city's spokesman")).isEqualTo("Lars Moe");
    }

    @Test
    void findsTheHolderOfAnOccupationWrittenBeforeTheFullName() {
        PersonIndex index = PersonIndex.of("Provincial veterinarian Rosa Villanueva said each death could have been prevented. "
                + "Farm economist Priya Nair said prices would recover.");
        assertThat(index.holderOf("the provincial veterinarian")).isEqualTo("Rosa Villanueva");
        assertThat(index.holderOf("the economist")).isEqualTo("Priya Nair");
    }

    @Test
    void findsTheHolderOfARoleWhoseTitleStandsFiveWordsAfterTheComma() {
        PersonIndex index = PersonIndex.of("Agnieszka Wrona, the regional environmental protection inspector, said samples were taken. "
                + "Jan Bak, the head of a local school in the town, said lessons would go on.");
        assertThat(index.holderOf("the inspector")).isEqualTo("Agnieszka Wrona");
        assertThat(index.roles()).noneMatch(r -> r.person().equals("Jan Bak") && r.head().equals("town"));
    }

    @Test
    void keepsTheTitleWhenOnlyASurnameIsGiven() {
        assertThat(PersonIndex.of(ARTICLE).canonical("Pryce")).isEqualTo("Judge Pryce");
    }

    @Test
    void leavesASurnameSharedByTwoPeopleAsWritten() {
        PersonIndex index = PersonIndex.of(ARTICLE);
        assertThat(index.canonical("Johnson")).isEqualTo("Johnson");
        assertThat(index.canonical("Jo Johnson")).isEqualTo("Jo Johnson");
        assertThat(index.samePerson("Boris Johnson", "Jo Johnson")).isFalse();
    }

    @Test
    void listsPeopleInOrderOfFirstAppearance() {
        assertThat(PersonIndex.of(ARTICLE).names())
                .containsExactly("Dmitry Peskov", "Vladimir Putin", "Judge Pryce", "Boris Johnson", "Jo Johnson");
    }

    @Test
    void takesAGivenNameFromTheLongListOfGivenNamesAndNicknames() {
        PersonIndex index = PersonIndex.of("After five losses, Bernie Sanders won the primary on Monday. "
                + "Dorothy Woods discussed the race with a radio host.");
        assertThat(index.names()).containsExactly("Bernie Sanders", "Dorothy Woods");
        assertThat(index.canonical("Sanders")).isEqualTo("Bernie Sanders");
    }

    @Test
    void takesNoListedGivenNameTheArticleAlsoWritesInLowerCase() {
        String text = "Will Power won the race in a car built by hand. It shows the will of the team.";
        assertThat(PersonIndex.of(text).names()).isEmpty();
        String headline = "Chris Christie Calls Rival A Disgrace\n\nThe governor calls it typical.";
        assertThat(PersonIndex.of(headline).names()).doesNotContain("Chris Christie Calls Rival");
    }

    @Test
    void keepsAMiddleInitialInsideTheName() {
        PersonIndex index = PersonIndex.of("However, Jill A. Martin, a lawyer for the firm, said it had no substance. "
                + "The U.S. Army declined to comment.");
        assertThat(index.names()).containsExactly("Jill A. Martin");
        assertThat(index.canonical("Martin")).isEqualTo("Jill A. Martin");
        assertThat(index.samePerson("Jill Martin", "Jill A. Martin")).isTrue();
    }

    @Test
    void returnsUnknownFormsWithoutHonorific() {
        assertThat(PersonIndex.of(ARTICLE).canonical("  Ms Nobody ")).isEqualTo("Nobody");
    }

    @Test
    void findsNobodyInEmptyTextOrOrganisations() {
        assertThat(PersonIndex.of("").names()).isEmpty();
        assertThat(PersonIndex.of("Sky News said the Russian Air Force and the International Criminal Court met.").names()).isEmpty();
    }

    @Test
    void rejectsNullNamingTheParameter() {
        assertThatThrownBy(() -> PersonIndex.of(null)).hasMessageContaining("text");
        assertThatThrownBy(() -> PersonIndex.of("").canonical(null)).hasMessageContaining("nameForm");
    }
    @Test
    void aTitleWordAfterAGivenNameIsTheSurname() {
        PersonIndex index = PersonIndex.of("\"We are not there yet,\" Amy Pope, deputy security adviser, said on Tuesday. "
                + "Rep. Steve King said the bill would fail.");
        assertThat(index.names()).contains("Amy Pope", "Steve King");
    }

    @Test
    void aTitleBeforeAGivenNameStaysATitle() {
        PersonIndex index = PersonIndex.of("Judge Mary Lowe adjourned the case. President Ann Barr spoke.");
        assertThat(index.names()).contains("Mary Lowe", "Ann Barr");
    }
    @Test
    void aSurnameBeforeARelativeClauseAndAVerbOfSpeechIsAPerson() {
        PersonIndex index = PersonIndex.of("The rink won with third Euan Fraser. "
                + "Fraser, who works as a joiner in Bridge of Allan, said the shot had been called as a single take-out.");
        assertThat(index.names()).contains("Euan Fraser");
    }
    @Test
    void anAbbreviatedOfficeIsTheOfficeWrittenInFull() {
        PersonIndex index = PersonIndex.of("Gov. Mike Pence of Indiana said he would seek a new law. Sen. Ann Beck agreed. "
                + "Dr Ruth Cole, who treated him, said little.");
        assertThat(index.holderOf("the governor")).isEqualTo("Mike Pence");
        assertThat(index.holderOf("the senator")).isEqualTo("Ann Beck");
        assertThat(index.holderOf("the driver")).isNull();
    }

    @Test
    void aGenerationAfterTheSurnameIsNoPartOfTheName() {
        PersonIndex index = PersonIndex.of("Thorvald Pinkney III, a lawyer for the union, said the vote was lost.");
        assertThat(index.names()).containsExactly("Thorvald Pinkney");
    }

    @Test
    void takesNoCapitalisedWordForANameWhenTheArticleWritesItInLowerCaseAsAPossessive() {
        PersonIndex index = PersonIndex.of("Rui Tavares, head of the local parents' association, called it a sham.\n\n"
                + "Parents had asked for a year's grace, he added, and were given four weeks.");
        assertThat(index.names()).containsExactly("Rui Tavares");
    }
}
