package org.crosscheck.text.sense;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsencesTest {

    private final Absences absences = Absences.shared();

    @Test
    void readsTheStateOfLackingAndItsKindsAsAbsence() {
        assertThat(absences.namesAbsence("lack")).isTrue();
        assertThat(absences.namesAbsence("Absence")).isTrue();
        assertThat(absences.namesAbsence("dearth")).isTrue();
        assertThat(absences.namesAbsence("shortages")).isTrue();
    }

    @Test
    void doesNotReadAnAmountOrAnEventAsAbsence() {
        assertThat(absences.namesAbsence("loss")).isFalse();
        assertThat(absences.namesAbsence("presence")).isFalse();
        assertThat(absences.namesAbsence("debate")).isFalse();
        assertThat(absences.namesAbsence("of")).isFalse();
        assertThat(absences.namesAbsence("")).isFalse();
        assertThat(absences.namesAbsence("xqzv")).isFalse();
    }
}
