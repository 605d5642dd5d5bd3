package org.crosscheck.text.number;

import java.util.List;
import java.util.Map;

import org.crosscheck.text.Token;

/**
 * Recognises the unit written around a number and names it in normal form: currencies before
 * ("£", "$", "US$", "€", "GBP") or after ("pounds", "dollars", "euros", "USD"), percentages after
 * ("%", "per cent", "percent", "percentage points"), and measures after ("km", "miles", "mph",
 * "kg", "tonnes", "metres", "degrees", "°C", "5C", "hours", "minutes", "days", "years old",
 * "21-year-old").
 */
final class Units {

    /** A unit read from {@code first} to {@code end} (token indices, end exclusive). */
    record Unit(int first, int end, String name) {
    }

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("£", "GBP", "$", "USD", "€", "EUR", "¥", "JPY",
            "₹", "INR", "₦", "NGN", "₱", "PHP", "₩", "KRW", "₺", "TRY", "₽", "RUB");
    private static final Map<String, String> CURRENCY_CODES = Map.ofEntries(Map.entry("GBP", "GBP"),
            Map.entry("USD", "USD"), Map.entry("EUR", "EUR"), Map.entry("ZAR", "ZAR"), Map.entry("KES", "KES"),
            Map.entry("INR", "INR"), Map.entry("CAD", "CAD"), Map.entry("AUD", "AUD"), Map.entry("NZD", "NZD"),
            Map.entry("SGD", "SGD"), Map.entry("HKD", "HKD"), Map.entry("JPY", "JPY"), Map.entry("CNY", "CNY"),
            Map.entry("CHF", "CHF"), Map.entry("NGN", "NGN"));
    /**
     * Currency signs written in letters and glued to the figure ("R890m", "KSh2bn", "Rs500"): read
     * only when nothing stands between them and the digits, so a lone capital is not a currency.
     */
    private static final Map<String, String> GLUED_LETTER_SIGNS = Map.of("R", "ZAR", "KSh", "KES", "Ksh", "KES",
            "Sh", "KES", "Rs", "INR");
    /** Dollars named by their country's letters before "$": "US$", "C$", "A$", "NZ$", "S$", "HK$". */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.of("US", "USD", "C", "CAD", "A", "AUD", "NZ", "NZD",
            "S", "SGD", "HK", "HKD", "R", "BRL", "NT", "TWD", "Mex", "MXN");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("rand", "ZAR"), Map.entry("shilling", "KES"), Map.entry("shillings", "KES"),
            Map.entry("rupee", "INR"), Map.entry("rupees", "INR"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("naira", "NGN"), Map.entry("reais", "BRL"));
    /**
     * The currencies of the world by the word that names them, singular and plural ("pesos",
     * "dinars", "ringgit"), from the JDK's ISO 4217 table; a word several currencies share is its
     * own unit. Former currencies, funds and words that are also common English words ("real",
     * "won", "mark") are left out: those a large amount counts as a noun here, the rest
     * ({@link #SCALED_ONLY_WORDS}) read as currencies only right after a figure with a scale.
     */
    private static final java.util.Set<String> NOT_CURRENCY_WORDS = java.util.Set.of("real", "mark", "day", "unit", "units",
            "gold", "uf");
    /**
     * Currency names that are also English words but never a noun a large amount counts ("the
     * 1 million mark", "2 billion units" are counted; "125bn won", "3 trillion dong" are money):
     * read as currencies only right after a figure with a scale, where the English word cannot stand.
     */
    private static final java.util.Set<String> SCALED_ONLY_WORDS = java.util.Set.of("won", "sol", "som", "dong", "kip",
            "lek", "lev", "leu", "dram", "tala", "pula", "kina", "loti");
    /**
     * Plurals of currency words not made with "s", by the singular the JDK's table gives: "lei"
     * (Romanian and Moldovan), "leva" (Bulgarian). Unlike their singulars they are no English
     * words, so they are money after any figure.
     */
    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("lei", "leu", "leva", "lev");
    /**
     * Each currency of the JDK's ISO 4217 table as {code, English name}: asked for once, since a
     * display name is a locale-provider lookup and both tables below read every one.
     */
    private static final java.util.List<String[]> ENGLISH_NAMES = englishNames();
    /** Compiled once for the two tables: String.split compiles its pattern on every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Map<String, String> WORLD_CURRENCIES = worldCurrencies(w -> !NOT_CURRENCY_WORDS.contains(w)
            && !SCALED_ONLY_WORDS.contains(w));
    /** The currencies named by {@link #SCALED_ONLY_WORDS}, by word: "won" (two Koreas' currencies share it). */
    private static final Map<String, String> SCALED_ONLY = worldCurrencies(SCALED_ONLY_WORDS::contains);
    /** The currencies of the world by their whole English names, singular and plural ("US dollars", "Canadian dollar"), from the JDK's ISO 4217 table. */
    private static final Map<String, String> WORLD_CURRENCY_NAMES = worldCurrencyNames();
    private static final int LONGEST_NAME_WORDS = 3;

    private static java.util.List<String[]> englishNames() {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            out.add(new String[] {c.getCurrencyCode(), c.getDisplayName(java.util.Locale.ENGLISH)});
        }
        return out;
    }

    private static Map<String, String> worldCurrencyNames() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String[] c : ENGLISH_NAMES) {
            String code = c[0];
            String display = c[1].toLowerCase(java.util.Locale.ROOT);
            int words = SPACES.split(display).length;
            if (code.startsWith("X") || display.contains("(") || words < 2 || words > LONGEST_NAME_WORDS
                    || !display.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')) {
                continue;
            }
            out.putIfAbsent(display, code);
            out.putIfAbsent(display + "s", code);
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> worldCurrencies(java.util.function.Predicate<String> kept) {
        Map<String, java.util.Set<String>> codes = new java.util.HashMap<>();
        for (String[] c : ENGLISH_NAMES) {
            String code = c[0];
            String display = c[1];
            if (code.startsWith("X") || display.contains("(") || display.equals(code)) {
                continue;
            }
            String[] words = SPACES.split(display);
            String word = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
            if (word.chars().allMatch(Character::isLetter) && kept.test(word)) {
                codes.computeIfAbsent(word, k -> new java.util.TreeSet<>()).add(code);
            }
        }
        Map<String, String> out = new java.util.HashMap<>();
        codes.forEach((word, set) -> {
            String unit = set.size() == 1 ? set.iterator().next() : word;
            out.put(word, unit);
            out.put(word + "s", unit);
        });
        return Map.copyOf(out);
    }

    private static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("km", "km"), Map.entry("kms", "km"), Map.entry("kilometre", "km"), Map.entry("kilometres", "km"),
            Map.entry("kilometer", "km"), Map.entry("kilometers", "km"), Map.entry("mile", "mi"),
            Map.entry("miles", "mi"), Map.entry("mph", "mph"), Map.entry("kph", "km/h"), Map.entry("kmh", "km/h"),
            Map.entry("kg", "kg"), Map.entry("kgs", "kg"), Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("kilos", "kg"), Map.entry("tonne", "t"), Map.entry("tonnes", "t"), Map.entry("ton", "t"),
            Map.entry("tons", "t"), Map.entry("metre", "m"), Map.entry("metres", "m"), Map.entry("meter", "m"),
            Map.entry("meters", "m"), Map.entry("cm", "cm"), Map.entry("centimetres", "cm"), Map.entry("mm", "mm"),
            Map.entry("ft", "ft"), Map.entry("feet", "ft"), Map.entry("foot", "ft"), Map.entry("litres", "l"),
            Map.entry("litre", "l"), Map.entry("hectares", "ha"), Map.entry("hectare", "ha"), Map.entry("acres", "acre"),
            Map.entry("acre", "acre"),
            Map.entry("hour", "h"), Map.entry("hours", "h"), Map.entry("hrs", "h"), Map.entry("minute", "min"),
            Map.entry("minutes", "min"), Map.entry("mins", "min"), Map.entry("min", "min"),
            Map.entry("gigawatt", "GW"), Map.entry("gigawatts", "GW"), Map.entry("gw", "GW"),
            Map.entry("megawatt", "MW"), Map.entry("megawatts", "MW"), Map.entry("mw", "MW"), Map.entry("seconds", "s"),
            Map.entry("day", "day"), Map.entry("days", "day"), Map.entry("week", "week"), Map.entry("weeks", "week"),
            Map.entry("month", "month"), Map.entry("months", "month"), Map.entry("year", "year"),
            Map.entry("years", "year"), Map.entry("year-old", "age"), Map.entry("years-old", "age"),
            Map.entry("lb", "lb"), Map.entry("lbs", "lb"), Map.entry("oz", "oz"), Map.entry("ounce", "oz"),
            Map.entry("ounces", "oz"), Map.entry("gram", "g"), Map.entry("grams", "g"), Map.entry("yard", "yd"),
            Map.entry("yards", "yd"), Map.entry("inch", "in"), Map.entry("inches", "in"), Map.entry("gallon", "gal"),
            Map.entry("gallons", "gal"));

    private Units() {
    }

    /** Whether {@code lower} names a measure ("year", "mile", "year-old"). */
    static boolean isMeasureWord(String lower) {
        return MEASURES.containsKey(lower);
    }

    /** Whether {@code text} is a currency sign written in letters that is glued to its figure ("R", "KSh"). */
    static boolean gluedLetterSign(String text) {
        return GLUED_LETTER_SIGNS.containsKey(text);
    }

    /**
     * Whether a glued currency sign written in letters is seldom the letters of a code: "Rs50" and
     * "KSh50" are money, while "R62" or "Sh5" may name a road or a class, so those are read as money
     * only with a scale or grouped digits ("R890m", "Sh1,200"). A single digit after any sign is
     * read as a code ("the Rs2 route").
     */
    static boolean unmistakableSign(String text) {
        return text.length() > 2 || text.equals("Rs");
    }

    /** The codes of the JDK's ISO 4217 table, less those of funds and metals ("XAU"). */
    private static final java.util.Set<String> ISO_CODES = ENGLISH_NAMES.stream().map(c -> c[0]).filter(c -> !c.startsWith("X"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether {@code word} is a currency's ISO code, as read glued to its figure ("EUR25,000",
     * "SEK4.1bn"), where no word or name stands. Apart from the figure only the common codes are
     * read ({@code CURRENCY_CODES}): "ALL 12" or "TOP 5" in a headline stay words.
     */
    static boolean isoCode(String word) {
        return word.length() == 3 && ISO_CODES.contains(word);
    }

    /** A currency written at token {@code i} directly before a number, or null. */
    static Unit currencyBefore(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.kind() == Token.Kind.SYMBOL && CURRENCY_SYMBOLS.containsKey(tok.text())) {
            return new Unit(i, i + 1, CURRENCY_SYMBOLS.get(tok.text()));
        }
        if (tok.kind() == Token.Kind.WORD && CURRENCY_CODES.containsKey(tok.text())) {
            return new Unit(i, i + 1, CURRENCY_CODES.get(tok.text()));
        }
        if (tok.kind() == Token.Kind.WORD && i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.NUMBER
                && NumberReader.attached(t, i + 1) && isoCode(tok.text())) {
            return new Unit(i, i + 1, tok.text()); // "EUR25,000", "SEK4.1bn"
        }
        if (tok.kind() == Token.Kind.WORD && GLUED_LETTER_SIGNS.containsKey(tok.text()) && NumberReader.attached(t, i + 1)
                && t.get(i + 1).kind() == Token.Kind.NUMBER) {
            return new Unit(i, i + 1, GLUED_LETTER_SIGNS.get(tok.text()));
        }
        // "Rs 1,450 crore": the rupee's letters stand apart from the figure as often as glued to it
        if (tok.kind() == Token.Kind.WORD && tok.text().equals("Rs") && i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.NUMBER) {
            return new Unit(i, i + 1, "INR");
        }
        if (DOLLAR_PREFIXES.containsKey(tok.text()) && NumberReader.attached(t, i + 1) && t.get(i + 1).isSymbol('$')) {
            return new Unit(i, i + 2, DOLLAR_PREFIXES.get(tok.text()));
        }
        return null;
    }

    /**
     * A currency written from token {@code i} after a number ("pounds", "USD"; after a figure with
     * a scale, {@code scaled}, also "won", "dong"), or null.
     */
    static Unit currencyAfter(List<Token> t, int i, boolean scaled) {
        if (i >= t.size() || t.get(i).kind() != Token.Kind.WORD) {
            return null;
        }
        Token tok = t.get(i);
        // a currency's whole name first: "540 US dollars", "300 Canadian dollars", "9 New Zealand dollars"
        StringBuilder whole = new StringBuilder(tok.lower());
        for (int j = i + 1; j < t.size() && j < i + LONGEST_NAME_WORDS && t.get(j).kind() == Token.Kind.WORD; j++) {
            whole.append(' ').append(t.get(j).lower());
            String code = WORLD_CURRENCY_NAMES.get(whole.toString());
            if (code != null) {
                return new Unit(i, j + 1, code);
            }
        }
        String name = CURRENCY_CODES.containsKey(tok.text()) ? CURRENCY_CODES.get(tok.text())
                : CURRENCY_WORDS.getOrDefault(tok.lower(), WORLD_CURRENCIES.get(tok.lower()));
        if (name == null && scaled) {
            name = SCALED_ONLY.get(tok.lower());
        }
        if (name == null && IRREGULAR_PLURALS.containsKey(tok.lower())) {
            name = SCALED_ONLY.get(IRREGULAR_PLURALS.get(tok.lower())); // "7.6 lei": no English word is written so
        }
        return name == null ? null : new Unit(i, i + 1, name);
    }

    /** A percentage written from token {@code i} ("%" or "pp" for percentage points), or null. */
    static Unit percentAfter(List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Token tok = t.get(i);
        if (tok.isSymbol('%')) {
            return new Unit(i, i + 1, "%");
        }
        if (tok.isWord("percent") || tok.isWord("pc")) {
            return new Unit(i, i + 1, "%");
        }
        if (tok.isWord("per") && i + 1 < t.size() && t.get(i + 1).isWord("cent")) {
            return new Unit(i, i + 2, "%");
        }
        if (tok.isWord("percentage") && i + 1 < t.size()
                && (t.get(i + 1).isWord("points") || t.get(i + 1).isWord("point"))) {
            return new Unit(i, i + 2, "pp");
        }
        return null;
    }

    /** A measure written from token {@code i} after a number, or null. */
    static Unit measureAt(List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Token tok = t.get(i);
        if (tok.isSymbol('°')) {
            if (NumberReader.attached(t, i + 1) && (t.get(i + 1).text().equals("C") || t.get(i + 1).text().equals("F"))) {
                return new Unit(i, i + 2, "°" + t.get(i + 1).text());
            }
            return new Unit(i, i + 1, "°");
        }
        if (tok.isSymbol('-') && NumberReader.attached(t, i) && NumberReader.attached(t, i + 1)) {
            // "21-year-old", "1.4-gigawatt", "10-mile"
            String joined = t.get(i + 1).lower();
            if (joined.equals("year-old")) {
                return new Unit(i, i + 2, "age");
            }
            String name = MEASURES.get(joined);
            return name == null ? null : new Unit(i, i + 2, name);
        }
        if (tok.kind() != Token.Kind.WORD) {
            return null;
        }
        if (NumberReader.attached(t, i) && (tok.text().equals("C") || tok.text().equals("F"))) {
            return new Unit(i, i + 1, "°" + tok.text());
        }
        String w = tok.lower();
        // "minus 45 Celsius": the scale alone after a figure is the unit
        if (w.equals("celsius") || w.equals("centigrade") || w.equals("fahrenheit")) {
            return new Unit(i, i + 1, w.equals("fahrenheit") ? "\u00b0F" : "\u00b0C");
        }
        if (w.equals("degrees") || w.equals("degree")) {
            if (i + 1 < t.size()) {
                String scale = t.get(i + 1).text();
                if (scale.equals("C") || scale.equalsIgnoreCase("Celsius") || scale.equalsIgnoreCase("centigrade")) {
                    return new Unit(i, i + 2, "°C");
                }
                if (scale.equals("F") || scale.equalsIgnoreCase("Fahrenheit")) {
                    return new Unit(i, i + 2, "°F");
                }
            }
            return new Unit(i, i + 1, "°");
        }
        if ((w.equals("years") || w.equals("year")) && i + 1 < t.size() && t.get(i + 1).isWord("old")) {
            return new Unit(i, i + 2, "age");
        }
        if (w.equals("km") && i + 2 < t.size() && t.get(i + 1).isSymbol('/') && t.get(i + 2).isWord("h")) {
            return new Unit(i, i + 3, "km/h");
        }
        String name = MEASURES.get(w);
        return name == null ? null : new Unit(i, i + 1, name);
    }

    private static final Map<String, String> PER = Map.ofEntries(Map.entry("second", "s"), Map.entry("minute", "min"),
            Map.entry("hour", "h"), Map.entry("day", "day"), Map.entry("week", "week"), Map.entry("month", "month"),
            Map.entry("year", "year"), Map.entry("annum", "year"), Map.entry("h", "h"));
    private static final java.util.Set<String> RATE_WORDS = java.util.Set.of("per", "a", "an", "each", "every");
    private static final java.util.Set<String> TIME_AFTER = java.util.Set.of("ago", "earlier", "later", "before", "after",
            "on", "since", "from", "into", "old");

    /**
     * The time a unit is counted per, written from token {@code i} ("per hour", "an hour", "a
     * year", "/h"), or null: a rate is one unit, "km per hour" and "km" are not one figure. "A
     * year ago" and "a year earlier" are times, not rates.
     */
    static Unit rateAfter(List<Token> t, int i) {
        int from = i;
        // "four days of every week" counts as "four days every week"
        if (i + 2 < t.size() && t.get(i).kind() == Token.Kind.WORD && t.get(i).lower().equals("of")
                && (t.get(i + 1).isWord("every") || t.get(i + 1).isWord("each"))) {
            i++;
        }
        if (i + 1 >= t.size()) {
            return null;
        }
        Token lead = t.get(i);
        boolean slash = lead.isSymbol('/') && NumberReader.attached(t, i + 1);
        if (!slash && !(lead.kind() == Token.Kind.WORD && RATE_WORDS.contains(lead.lower()))) {
            return null;
        }
        String per = PER.get(t.get(i + 1).lower());
        if (per == null || per.equals("h") && !slash && !t.get(i + 1).lower().equals("hour")) {
            return null;
        }
        // "a day earlier" is a moment, "per day on average" still a rate
        if (!slash && !lead.lower().equals("per") && i + 2 < t.size() && t.get(i + 2).kind() == Token.Kind.WORD
                && TIME_AFTER.contains(t.get(i + 2).lower())) {
            return null;
        }
        return new Unit(from, i + 2, per);
    }

    /** A unit counted per a time, with the common speeds named as they are usually written. */
    static String rate(String unit, String per) {
        String joined = unit + "/" + per;
        return switch (joined) {
            case "mi/h" -> "mph";
            default -> joined;
        };
    }
}
