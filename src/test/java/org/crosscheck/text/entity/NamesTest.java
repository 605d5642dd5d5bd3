package org.crosscheck.text.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.crosscheck.SeedText;
import org.crosscheck.model.Mention;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Mr Peskov | Dmitry Peskov",
            "Dmitry Peskov | Peskov",
            "Kiev | Kyiv",
            "UK | Britain",
            "the UK | United Kingdom",
            "NHS | National Health Service",
            "Prime Minister Rishi Sunak | Mr Sunak",
            "Leeds City Council | the Leeds City Council",
            "Matthias Krüger | Matthias Krueger",
            "Jürgen Schäfer | Juergen Schaefer",
            "Müller | Muller",
            "Straße | Strasse",
            "Łódź | Lodz",
            "Rail-Bud Północ | Rail-Bud Polnoc",
            "Båtsfjord | Baatsfjord",
            "Vardø | Vardo",
            "Tromsø | Tromsoe",
            "the Liberal Party | Liberals",
            "Christian Democratic Party | Christian Democrats"})
    void treatsFormsOfOneNameAsCompatible(String a, String b) {
        assertThat(Names.compatible(a, b)).isTrue();
        assertThat(Names.compatible(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Dmitry Peskov | Sergei Lavrov",
            "Kyiv | Kharkiv",
            "Bradford | Huddersfield",
            "Mr Peskov | Mr Lavrov",
            "NHS | National Grid",
            "Jürgen Schäfer | Jürgen Schubert",
            "Liberal Party | Conservatives",
            "Liberal Party | Liberal Democrats"})
    void keepsDifferentNamesApart(String a, String b) {
        assertThat(Names.compatible(a, b)).isFalse();
        assertThat(Names.compatible(b, a)).isFalse();
    }

    @Test
    void foldsHonorificsTheArticleAndAliasesIntoTheKey() {
        assertThat(Names.key("Mr Peskov")).isEqualTo("peskov");
        assertThat(Names.key("Dr. Amina Patel")).isEqualTo("amina patel");
        assertThat(Names.key("Kiev")).isEqualTo(Names.key("Kyiv"));
        assertThat(Names.key("Britain")).isEqualTo(Names.key("the UK"));
        assertThat(Names.key("Ukraine\u2019s")).isEqualTo("ukraine");
    }

    @Test
    void recognisesInitialsOfALongerName() {
        assertThat(Names.isAcronym("DI", "Detective Inspector")).isTrue();
        assertThat(Names.isAcronym("Detective Inspector", "DI")).isTrue();
        assertThat(Names.isAcronym("DS", "Detective Inspector")).isFalse();
    }

    @Test
    void recognisesInitialsThatKeepOrDropALeadingWordOfTheName() {
        assertThat(Names.initialsAtEdge("ODPP", "Director of Public Prosecutions")).isTrue();
        assertThat(Names.initialsAtEdge("FAO", "Agriculture Organization")).isTrue();
        assertThat(Names.initialsAtEdge("TGA", "Food Standards Australia")).isFalse();
        assertThat(Names.initialsAtEdge("Odpp", "Director of Public Prosecutions")).isFalse();
    }

    @Test
    void findsNothingCompatibleWithAnEmptyName() {
        assertThat(Names.key("")).isEmpty();
        assertThat(Names.compatible("", "Kyiv")).isFalse();
        assertThat(Names.compatible("Kyiv", " ")).isFalse();
        assertThat(Names.isKnownPlace("")).isFalse();
    }

    @Test
    void isReflexiveAndSymmetricOverNamesFromSeededRandomText() {
        Random random = new Random(3L);
        TextAnalyzer analyzer = new TextAnalyzer();
        String text = SeedText.shuffled(random, 80);
        List<String> names = new MentionExtractor().extract(text, analyzer.sentences(text)).stream()
                .map(Mention::text).distinct().toList();
        assertThat(names).hasSizeGreaterThan(10);
        for (int i = 0; i < 300; i++) {
            String a = names.get(random.nextInt(names.size()));
            String b = names.get(random.nextInt(names.size()));
            assertThat(Names.compatible(a, a)).as(a).isTrue();
            assertThat(Names.compatible(a, b)).as(a + " / " + b).isEqualTo(Names.compatible(b, a));
            assertThat(Names.key(a)).isEqualTo(Names.key(a).strip());
        }
    }

    @Test
    void readsTwoToFourCapitalisedWordsAsTheFormOfANameInFull() {
        assertThat(Names.isFullNameForm("Ana Salas")).isTrue();
        assertThat(Names.isFullNameForm("Juan Carlos Ferrero")).isTrue();
        assertThat(Names.isFullNameForm("Salas")).isFalse();
        assertThat(Names.isFullNameForm("the minister")).isFalse();
    }
}
