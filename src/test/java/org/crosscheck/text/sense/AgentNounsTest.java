package org.crosscheck.text.sense;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentNounsTest {

    @Test
    void readsThePersonAVerbMakesOfItsSubject() {
        assertThat(AgentNouns.shared().of("heads")).isEqualTo("head");
        assertThat(AgentNouns.shared().of("chaired")).isEqualTo("chair");
        assertThat(AgentNouns.shared().of("leads")).isEqualTo("leader");
    }

    @Test
    void readsNoPersonForAVerbWhoseCommonestSensesMakeNone() {
        assertThat(AgentNouns.shared().of("seemed")).isEmpty();
        assertThat(AgentNouns.shared().of("xyzzy")).isEmpty();
    }
}
