package org.crosscheck.text.number;

import java.util.Map;

/**
 * What a normalised unit measures and how it converts: a unit changed for another of the same
 * dimension changes the figure ("5 miles" / "5 km", "$5m" / "€5m"), while a conversion that keeps
 * the amount ("5 miles" / "8 km") does not. A rate ("km/h", "%/year") is one unit: its parts are
 * compared part by part.
 */
final class UnitScale {

    /** The dimension of a unit and its size in that dimension's base unit (NaN when no fixed rate converts it). */
    record Scale(String dimension, double factor) {
    }

    private static final Map<String, Scale> SCALES = Map.ofEntries(
            Map.entry("km", new Scale("length", 1000)), Map.entry("mi", new Scale("length", 1609.344)),
            Map.entry("m", new Scale("length", 1)), Map.entry("cm", new Scale("length", 0.01)),
            Map.entry("mm", new Scale("length", 0.001)), Map.entry("ft", new Scale("length", 0.3048)),
            Map.entry("yd", new Scale("length", 0.9144)), Map.entry("in", new Scale("length", 0.0254)),
            Map.entry("kg", new Scale("mass", 1)), Map.entry("lb", new Scale("mass", 0.45359237)),
            Map.entry("oz", new Scale("mass", 0.028349523)), Map.entry("g", new Scale("mass", 0.001)),
            Map.entry("gal", new Scale("volume", 3.785411784)), Map.entry("t", new Scale("mass", 1000)),
            Map.entry("l", new Scale("volume", 1)), Map.entry("ha", new Scale("area", 10_000)),
            Map.entry("acre", new Scale("area", 4046.86)),
            Map.entry("s", new Scale("time", 1.0 / 3600)), Map.entry("min", new Scale("time", 1.0 / 60)),
            Map.entry("h", new Scale("time", 1)), Map.entry("day", new Scale("time", 24)),
            Map.entry("week", new Scale("time", 168)), Map.entry("month", new Scale("time", 730.5)),
            Map.entry("year", new Scale("time", 8766)),
            Map.entry("mph", new Scale("speed", 1.609344)), Map.entry("km/h", new Scale("speed", 1)),
            Map.entry("MW", new Scale("power", 1)), Map.entry("GW", new Scale("power", 1000)),
            Map.entry("GBP", new Scale("money", Double.NaN)), Map.entry("USD", new Scale("money", Double.NaN)),
            Map.entry("EUR", new Scale("money", Double.NaN)), Map.entry("JPY", new Scale("money", Double.NaN)),
            Map.entry("%", new Scale("percent", 1)));

    private UnitScale() {
    }

    /** The scale of {@code unit}, a rate's read part by part ("km/h" is a speed; "%/year" a percentage per time); null when unknown. */
    static Scale of(String unit) {
        Scale direct = SCALES.get(unit);
        if (direct != null) {
            return direct;
        }
        int slash = unit.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        Scale top = SCALES.get(unit.substring(0, slash));
        Scale per = SCALES.get(unit.substring(slash + 1));
        if (top == null || per == null) {
            return null;
        }
        return new Scale(top.dimension() + "/" + per.dimension(), top.factor() / per.factor());
    }

    /** °C and °F: the same temperature written on two scales. */
    static double toCelsius(double value, String unit) {
        return unit.equals("°F") ? (value - 32) * 5 / 9 : value;
    }
}
