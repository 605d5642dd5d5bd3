package org.crosscheck.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedDaysTest {

    @Test
    void readsBackTheValueItWritesForTimesToComeAndPast() {
        assertThat(new CountedDays(10, false, true).value()).isEqualTo("in-10-days");
        assertThat(new CountedDays(3, true, false).value()).isEqualTo("3-weeks-ago");
        assertThat(CountedDays.parse("in-2-weeks")).contains(new CountedDays(2, true, true));
        assertThat(CountedDays.parse("3-days-ago")).hasValueSatisfying(c -> assertThat(c.signedDays()).isEqualTo(-3));
        assertThat(CountedDays.parse("in-2-weeks")).hasValueSatisfying(c -> assertThat(c.signedDays()).isEqualTo(14));
    }

    @Test
    void isNoCountedTimeForOtherRelativeValues() {
        assertThat(CountedDays.parse("a-week-ago")).isEmpty();
        assertThat(CountedDays.parse("last-week")).isEmpty();
    }
}
