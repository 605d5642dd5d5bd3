package org.crosscheck.text.date;

import java.util.List;

import org.crosscheck.model.Mention;

/**
 * Finds dates, weekdays and times in text and normalises them.
 *
 * <p>Placeholder: finds nothing yet.
 */
public final class DateExtractor {

    /** Date mentions in {@code text}, in order, each with kind DATE and a normalised key. */
    public List<Mention> extract(String text) {
        return List.of();
    }
}
