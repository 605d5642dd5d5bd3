package org.crosscheck.model;

import java.util.Objects;

/**
 * A figure as a value: "more than 5,000 civilians", "£2.4bn", "40 per cent", "3-1".
 *
 * @param span where the figure is written (qualifier and unit included)
 * @param written the figure as written
 * @param value the number, normalised ("five thousand" and "5,000" both 5000)
 * @param upper the second number of a range or score ("3-1": value 3, upper 1), or NaN
 * @param unit a normalised unit ("%", "GBP", "USD", "EUR", "km", ...) or "" for a plain count
 * @param kind what sort of figure it is
 * @param qualifier an approximation or bound attached to it
 * @param counted the noun the figure counts ("civilians"), lower-cased, or ""
 */
public record Quantity(Span span, String written, double value, double upper, String unit, Kind kind,
                       Qualifier qualifier, String counted) {

    /** What sort of figure a quantity is; ordinals and years are not counts. */
    public enum Kind { COUNT, MONEY, PERCENT, MEASURE, SCORE, RANGE, ORDINAL, YEAR }

    /** A bound or approximation written with the figure. */
    public enum Qualifier { EXACT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, ABOUT, NEARLY }

    /** Validates the required parts. */
    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qualifier, "qualifier");
        unit = unit == null ? "" : unit;
        counted = counted == null ? "" : counted;
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("quantity value must be a number, got NaN for '" + written + "'");
        }
    }
}
