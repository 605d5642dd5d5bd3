package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The senator from Maine | NOMINAL",
        "one longtime adviser to Governor Ann Lee | NOMINAL",
        "a spokeswoman for the Harbour Board | NOMINAL",
        "Harbour Board chair Ann Lee | NAMED",
        "Ann Lee, a senator from Maine, | NAMED",
        "The leader of the tenants' union, Ann Lee, | NAMED",
        "he | PRONOUN",
        "officials | NOMINAL",
    })
    void classifiesASourceByWhatHeadsIt(String source, GoldNames.SourceClass expected) {
        assertThat(GoldNames.classify(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ann Lee, a senator from Maine, | Ann Lee",
        "The leader of the tenants' union, Ann Lee, | Ann Lee",
        "Harbour Board chair Ann Lee | Ann Lee",
    })
    void readsTheNameOfANamedSource(String source, String expected) {
        assertThat(GoldNames.nameOfNamed(source)).isEqualTo(expected);
    }
}
