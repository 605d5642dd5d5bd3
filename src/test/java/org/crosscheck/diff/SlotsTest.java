package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.Mention;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class SlotsTest {

    private static Mention at(String text, String name, Mention.Kind kind) {
        int start = text.indexOf(name);
        return new Mention(new Span(start, start + name.length()), name, kind, name.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void readsTheOrganisationJoinedToOnePersonOnEachSide() {
        String left = "Geologist Ines Varga of the University of Brenna said the town sits on limestone.";
        String right = "Ines Varga, a geologist at Kessing Institute, said the town is built on limestone.";
        List<Mention> lm = List.of(at(left, "Geologist Ines Varga", Mention.Kind.OTHER), at(left, "University of Brenna", Mention.Kind.ORGANISATION));
        List<Mention> rm = List.of(at(right, "Ines Varga", Mention.Kind.OTHER), at(right, "Kessing Institute", Mention.Kind.ORGANISATION));
        assertThat(Slots.affiliations(left, lm, right, rm)).extracting(EntityDetector.Swap::leftText, EntityDetector.Swap::rightText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("University of Brenna", "Kessing Institute"));
    }

    @Test
    void readsNoAffiliationForAnotherPersonOrAnOrganisationNotJoinedToThePerson() {
        String left = "Ines Varga of the University of Brenna said the town sits on limestone.";
        String right = "Ines Varga said the Kessing Institute had mapped the limestone.";
        List<Mention> lm = List.of(at(left, "Ines Varga", Mention.Kind.OTHER), at(left, "University of Brenna", Mention.Kind.ORGANISATION));
        List<Mention> rm = List.of(at(right, "Ines Varga", Mention.Kind.OTHER), at(right, "Kessing Institute", Mention.Kind.ORGANISATION));
        assertThat(Slots.affiliations(left, lm, right, rm)).isEmpty();
    }

    @Test
    void readsTheBodyARoleInAppositionActsForThoughTheNamesStageLeftItUnclassed() {
        String left = "Grainne Lacey, a spokeswoman for AA Ireland, said cyclists were most at risk.";
        String right = "Cyclists face the greatest danger, according to Grainne Lacey of the Road Safety Authority.";
        List<Mention> lm = List.of(at(left, "Grainne Lacey", Mention.Kind.OTHER), at(left, "AA Ireland", Mention.Kind.OTHER));
        List<Mention> rm = List.of(at(right, "Grainne Lacey", Mention.Kind.OTHER), at(right, "Road Safety Authority", Mention.Kind.ORGANISATION));
        assertThat(Slots.affiliations(left, lm, right, rm)).extracting(EntityDetector.Swap::leftText, EntityDetector.Swap::rightText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AA Ireland", "Road Safety Authority"));
        String voted = "Grainne Lacey, the first time for Sean Kelly, said cyclists were most at risk.";
        List<Mention> vm = List.of(at(voted, "Grainne Lacey", Mention.Kind.OTHER), at(voted, "Sean Kelly", Mention.Kind.OTHER));
        assertThat(Slots.affiliations(voted, vm, right, rm)).isEmpty();
    }

    @Test
    void readsTheOtherEndOfARouteWhoseOneEndBothSidesShare() {
        String left = "Shuttle buses will carry walkers between O Cebreiro and Triacastela every 30 minutes.";
        String right = "Shuttles will take walkers from O Cebreiro to Sarria every half hour.";
        List<Mention> lm = List.of(at(left, "O Cebreiro", Mention.Kind.OTHER), at(left, "Triacastela", Mention.Kind.OTHER));
        List<Mention> rm = List.of(at(right, "O Cebreiro", Mention.Kind.PLACE), at(right, "Sarria", Mention.Kind.PLACE));
        assertThat(Slots.routeEnds(left, lm, right, rm)).extracting(EntityDetector.Swap::leftText, EntityDetector.Swap::rightText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Triacastela", "Sarria"));
        String reversed = "Shuttles will take walkers from Triacastela to O Cebreiro every half hour.";
        List<Mention> vm = List.of(at(reversed, "Triacastela", Mention.Kind.PLACE), at(reversed, "O Cebreiro", Mention.Kind.PLACE));
        assertThat(Slots.routeEnds(left, lm, reversed, vm)).isEmpty();
        String apart = "Shuttles leave O Cebreiro for Sarria every half hour.";
        List<Mention> am = List.of(at(apart, "O Cebreiro", Mention.Kind.PLACE), at(apart, "Sarria", Mention.Kind.PLACE));
        assertThat(Slots.routeEnds(left, lm, apart, am)).isEmpty();
    }
}
