package org.crosscheck.text.number;

import java.util.List;

import org.crosscheck.model.Quantity;

/**
 * Finds figures in text and reads them as values.
 *
 * <p>Placeholder: finds nothing yet.
 */
public final class QuantityExtractor {

    /** Figures in {@code text}, in order, with spans into it. */
    public List<Quantity> extract(String text) {
        return List.of();
    }
}
