package org.crosscheck.text.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;

import org.crosscheck.SeedText;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Mention.Kind;
import org.crosscheck.model.Span;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final MentionExtractor extractor = new MentionExtractor();

    private List<Mention> mentions(String text) {
        return extractor.extract(text, analyzer.sentences(text));
    }

    private static Mention mention(String text, String written, Kind kind, String key) {
        int start = text.indexOf(written);
        return new Mention(new Span(start, start + written.length()), written, kind, key);
    }

    @Test
    void findsAPersonAfterAnHonorificWithTheHonorificFoldedOutOfTheKey() {
        String text = "Mr Peskov told reporters that the talks had stalled.";
        assertThat(mentions(text)).containsExactly(mention(text, "Mr Peskov", Kind.PERSON, "peskov"));
    }

    @Test
    void findsAPlaceAfterALocativePreposition() {
        String text = "Officials in Kharkiv said the shelling had stopped.";
        assertThat(mentions(text)).containsExactly(mention(text, "Kharkiv", Kind.PLACE, "kharkiv"));
    }

    @Test
    void readsANameWhoseHeadBeforeOfIsABodyAsAnOrganisation() {
        String text = "Analysts expect the Reserve Bank of Ostrava to hold rates.";
        assertThat(mentions(text)).extracting(Mention::text, Mention::kind).containsExactly(tuple("Reserve Bank of Ostrava", Kind.ORGANISATION));
    }

    @Test
    void readsABodyOfTheAndAPluralsApostropheInsideOneName() {
        String text = "Aoife Brennan of the Teachers' Union of Ireland wrote to the Office of the Director of Public Prosecutions.";
        assertThat(mentions(text)).extracting(Mention::text)
                .contains("Teachers' Union of Ireland", "Office of the Director of Public Prosecutions");
        // a possessive before a lower-case word ends the name, and "of the" joins only after a body's word
        String other = "The Farmers' leaders met the Bishop of the Isles.";
        assertThat(mentions(other)).extracting(Mention::text).doesNotContain("Farmers' leaders", "Bishop of the Isles");
    }

    @Test
    void readsABodyWithTwoFieldsJoinedByAndAsOneName() {
        String text = "Peter Halmos, a state secretary at the Ministry of Culture and Innovation, visited the museum.";
        assertThat(mentions(text)).extracting(Mention::text).contains("Ministry of Culture and Innovation");
        String two = "The Ministry of Finance and Peter Smith agreed on the budget.";
        assertThat(mentions(two)).extracting(Mention::text).contains("Ministry of Finance").doesNotContain("Ministry of Finance and Peter Smith");
    }

    @Test
    void readsANameWhoseLastWordNamesABodyOfPeopleAsAnOrganisation() {
        String text = "Analysts expect the Maritime Safety Administration to close the strait.";
        assertThat(mentions(text)).extracting(Mention::text, Mention::kind)
                .containsExactly(tuple("Maritime Safety Administration", Kind.ORGANISATION));
        assertThat(mentions("Analysts expect Mary Jane Watson to close the strait.")).extracting(Mention::kind)
                .doesNotContain(Kind.ORGANISATION);
    }

    @Test
    void doesNotTakeACreditAfterANameForAnAppositiveSayingWhatTheNameIs() {
        String text = "Cases rose fastest in Lirwe, the ministry said.";
        assertThat(mentions(text)).extracting(Mention::text, Mention::kind).containsExactly(tuple("Lirwe", Kind.PLACE));
    }

    @Test
    void doesNotTakeAPrepositionThatOpensASentenceForAName() {
        String text = "Among the routes to go are two that run through Tarnby. Amid the cuts, Vesterbro keeps its line.";
        assertThat(mentions(text)).extracting(Mention::text).containsExactly("Tarnby", "Vesterbro");
    }

    @Test
    void foldsAliasesIntoOneKey() {
        String text = "The convoy left Kiev at dawn.\nThe convoy reached Kyiv at noon.";
        List<Mention> found = mentions(text);
        assertThat(found).extracting(Mention::text).containsExactly("Kiev", "Kyiv");
        assertThat(found.get(0).key()).isEqualTo(found.get(1).key());
    }

    @Test
    void findsATitleWithItsModifier() {
        String text = "The deputy governor said rates would stay on hold.";
        assertThat(mentions(text)).containsExactly(mention(text, "deputy governor", Kind.TITLE, "deputy governor"));
    }

    @Test
    void findsAnOrganisationWhoseOrganisationWordLeadsTheName() {
        String text = "The deputy governor of the Bank of England said rates would stay on hold.";
        assertThat(mentions(text)).containsExactly(
                mention(text, "deputy governor", Kind.TITLE, "deputy governor"),
                mention(text, "Bank of England", Kind.ORGANISATION, "bank of england"));
    }

    @Test
    void findsAnAcronymAsAnOrganisation() {
        String text = "Staff at the NHS trust were told on Monday.";
        assertThat(mentions(text)).extracting(Mention::text, Mention::kind).contains(org.assertj.core.groups.Tuple.tuple("NHS", Kind.ORGANISATION));
    }

    @Test
    void leavesPeopleOpeningAParagraphAfterAHeadlineOutOfThePlaceTheyAreOf() {
        String text = "Shelters full as storm nears\n\nResidents of Kyiv spent the night in shelters.";
        assertThat(mentions(text)).extracting(Mention::text).contains("Kyiv").doesNotContain("Residents of Kyiv");
    }

    @Test
    void takesANameAnAppositiveCallsACompanyForAnOrganisation() {
        String text = "The fault was fixed within hours, according to Velmora, the Tallinn-based company that wrote the software.";
        assertThat(mentions(text)).extracting(Mention::text, Mention::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Velmora", Kind.ORGANISATION));
        String town = "The pipeline burst near Lumbara, a town where the company has a depot.";
        assertThat(mentions(town)).extracting(Mention::text, Mention::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Lumbara", Kind.PLACE));
    }

    @Test
    void takesTheNameAfterAccordingToForASourceNotAPlace() {
        String text = "According to Velmora the fault affected only one version of the app.";
        assertThat(mentions(text)).extracting(Mention::text, Mention::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Velmora", Kind.OTHER));
    }

    @Test
    void doesNotTakeSentenceInitialCommonWordsForNames() {
        assertThat(mentions("However, the plan was dropped.\nSoldiers were seen leaving the base.\nAffected families were rehoused."))
                .isEmpty();
    }

    @Test
    void leavesAnOpeningVerbInIngOutOfTheNameAfterIt() {
        assertThat(mentions("Beating Otago in the semi-final had given the squad belief, the coach said."))
                .extracting(Mention::text).contains("Otago").doesNotContain("Beating Otago");
        assertThat(mentions("Reading Borough Council said the bridge would reopen. Fans travelled to Reading on Sunday."))
                .extracting(Mention::text).contains("Reading Borough Council");
    }

    @Test
    void leavesPeopleOpeningASentenceOutOfThePlaceTheyAreOf() {
        assertThat(mentions("Farmers of Tarlac blocked the road on Monday."))
                .extracting(Mention::text).contains("Tarlac").doesNotContain("Farmers of Tarlac");
        assertThat(mentions("Sisters of Mercy said the plan was flawed. The school is run by the Sisters of Mercy."))
                .extracting(Mention::text).contains("Sisters of Mercy").doesNotContain("Mercy");
    }

    @Test
    void takesTheWordAfterADatelineDashAsTheStartOfASentence() {
        assertThat(mentions("KESTRIA, May 3 \u2014 Dockers at the port walked out on Monday.\nThe dockers want more pay."))
                .extracting(Mention::text).doesNotContain("Dockers");
        assertThat(mentions("KESTRIA, May 3 \u2014 Dockers at the port walked out on Monday."))
                .extracting(Mention::text).contains("KESTRIA");
    }

    @Test
    void dropsASentenceInitialArticleFromTheName() {
        String text = "The Environment Agency issued a flood warning.";
        assertThat(mentions(text)).containsExactly(mention(text, "Environment Agency", Kind.ORGANISATION, "environment agency"));
    }

    @Test
    void findsNoMentionsInEmptyTextOrFurniture() {
        assertThat(mentions("")).isEmpty();
        assertThat(mentions("Image: Dmitry Peskov in Moscow")).isEmpty();
    }

    @Test
    void givesSpansThatSpellTheRecordedTextInOrderOnSeededRandomText() {
        Random random = new Random(5L);
        for (int round = 0; round < 20; round++) {
            String text = SeedText.shuffled(random, 40);
            List<Mention> found = mentions(text);
            for (int i = 0; i < found.size(); i++) {
                Mention m = found.get(i);
                assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(m.span().of(text)).isEqualTo(m.text());
                assertThat(m.text()).isNotBlank();
                assertThat(m.key()).isNotBlank().isEqualTo(m.key().toLowerCase(java.util.Locale.ROOT));
                if (i > 0) {
                    assertThat(m.span().start()).isGreaterThanOrEqualTo(found.get(i - 1).span().end());
                }
            }
        }
    }

    @Test
    void keepsASentenceOpeningWordTheDictionaryDoesNotKnowAsAName() {
        String text = "Mangochi, on the southern shore of the lake, is the worst-affected district.";
        assertThat(mentions(text)).extracting(Mention::text).contains("Mangochi");
    }

    @Test
    void dropsASentenceOpeningCommonWordTheArticleNeverCapitalisesElsewhere() {
        String text = "Soldiers fired into the air as the crowd grew.";
        assertThat(mentions(text)).extracting(Mention::text).doesNotContain("Soldiers");
    }

    @Test
    void readsASiteNamedAfterAPatronAsNoPerson() {
        assertThat(mentions("The final was played at Prince Charles Park on Saturday."))
                .filteredOn(m -> m.text().equals("Prince Charles Park")).extracting(Mention::kind).containsExactly(Kind.PLACE);
        assertThat(mentions("The injured were taken to Queen Elizabeth Hospital."))
                .filteredOn(m -> m.text().equals("Queen Elizabeth Hospital")).extracting(Mention::kind).containsExactly(Kind.ORGANISATION);
        assertThat(mentions("Mr John Hall said the plan would work."))
                .filteredOn(m -> m.text().contains("John Hall")).extracting(Mention::kind).containsExactly(Kind.PERSON);
    }

    @Test
    void joinsTwoFieldsOfOneBodysNameAcrossItsAnd() {
        assertThat(mentions("The Food and Drug Administration approved the drug.")).extracting(Mention::text)
                .contains("Food and Drug Administration");
        assertThat(mentions("The money came from the European Union's Recovery and Resilience Facility.")).extracting(Mention::text)
                .contains("European Union's Recovery and Resilience Facility");
        assertThat(mentions("The match between Trinidad and Tobago was drawn.")).extracting(Mention::text)
                .doesNotContain("Trinidad and Tobago");
    }

    @Test
    void readsAPlaceJoinedToAParticipleAsAMentionApartFromTheNameItPlaces() {
        assertThat(mentions("Galway-based Lumen Archive Systems did the scanning.")).extracting(Mention::text)
                .containsExactly("Galway-based", "Lumen Archive Systems");
        assertThat(mentions("The order went to Hong Kong-listed Pacific Crane Holdings on Monday.")).extracting(Mention::text)
                .contains("Hong Kong-listed", "Pacific Crane Holdings");
        assertThat(mentions("The contract went to Coca-Cola Amatil in March.")).extracting(Mention::text)
                .contains("Coca-Cola Amatil");
    }
}
