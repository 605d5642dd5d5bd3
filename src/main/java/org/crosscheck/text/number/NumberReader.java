package org.crosscheck.text.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.text.Token;

/**
 * Reads the number at one token: digits with an optional scale ("5,000", "1.2 million", "2bn"),
 * number words ("five thousand", "twenty-one", "a dozen"), vague plurals ("hundreds",
 * "tens of thousands") and ordinals ("21st", "second"). Knows nothing of units or qualifiers.
 *
 * <p>Refuses digits that belong to an identifier: written against letters ("G20", "MH17",
 * "COVID-19", "F-16", "1AA"), with a leading zero ("060422"), in a run of spaced digit groups
 * ("020 7946 0958"), or joined by a colon or slash (times, fractions, numeric dates). "one" and "a"
 * count only before a scale word ("one million", "a thousand").
 */
final class NumberReader {

    /** A number read at a token: where it ends, its value, and what sort of writing it was. */
    record Number(int first, int end, BigDecimal value, boolean scaled, boolean vague, boolean ordinal,
                  boolean plainDigits, BigDecimal scale, boolean digits) {

        Number(int first, int end, BigDecimal value, boolean scaled, boolean vague, boolean ordinal,
               boolean plainDigits) {
            this(first, end, value, scaled, vague, ordinal, plainDigits, BigDecimal.ONE, false);
        }

        /** The same number read from digits with {@code scale} applied. */
        Number digitsScaled(long scale) {
            return new Number(first, end, value, scaled, vague, ordinal, plainDigits, BigDecimal.valueOf(scale), true);
        }
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    /** Scale words, the South Asian "lakh" (100,000) and "crore" (10 million) among them: "Rs 1,450 crore" is "₹14.5 billion". */
    private static final Map<String, Long> SCALE_WORDS = Map.of(
            "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L,
            "lakh", 100_000L, "lakhs", 100_000L, "crore", 10_000_000L, "crores", 10_000_000L);
    private static final Map<String, Long> ATTACHED_SCALES = Map.of(
            "k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L, "bn", 1_000_000_000L, "b", 1_000_000_000L,
            "tn", 1_000_000_000_000L, "trn", 1_000_000_000_000L);
    private static final Map<String, Long> SPACED_SCALES = Map.of(
            "mn", 1_000_000L, "bn", 1_000_000_000L, "tn", 1_000_000_000_000L, "trn", 1_000_000_000_000L);
    private static final Map<String, Long> VAGUE = Map.of(
            "dozens", 12L, "hundreds", 100L, "thousands", 1_000L, "millions", 1_000_000L, "billions", 1_000_000_000L);
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("hundredth", 100));
    /** The fractions Unicode writes as one glyph, as they are added to a whole number written before them. */
    private static final Map<String, BigDecimal> VULGAR_FRACTIONS = Map.of("\u00bd", new BigDecimal("0.5"),
            "\u00bc", new BigDecimal("0.25"), "\u00be", new BigDecimal("0.75"), "\u2153", new BigDecimal("0.333"),
            "\u2154", new BigDecimal("0.667"), "\u215b", new BigDecimal("0.125"));
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> NOT_ORDINAL_BEFORE_SECOND = Set.of("a", "per", "every", "one", "split", "each");
    private static final Set<String> PREFIXES_BEFORE_DIGITS = Set.of("mid", "pre", "post", "early", "late");

    private NumberReader() {
    }

    /** The number starting at token {@code i}, or null if none starts there. */
    static Number read(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.kind() == Token.Kind.NUMBER) {
            return readDigits(t, i);
        }
        if (tok.kind() == Token.Kind.WORD) {
            return readWords(t, i);
        }
        return null;
    }

    /** Whether {@code t[i]} is written with no space after {@code t[i-1]}. */
    static boolean attached(List<Token> t, int i) {
        return i > 0 && i < t.size() && t.get(i - 1).end() == t.get(i).start();
    }

    private static Number readDigits(List<Token> t, int i) {
        Token tok = t.get(i);
        String digits = tok.text().replace(",", "");
        if (isIdentifier(t, i, digits)) {
            return null;
        }
        BigDecimal value = new BigDecimal(digits);
        BigDecimal fraction = attached(t, i + 1) ? VULGAR_FRACTIONS.get(t.get(i + 1).text()) : null;
        if (fraction != null && digits.indexOf('.') < 0) {
            // "2\u00bd-rappen", "7\u00bc miles": the fraction's glyph written onto the whole number
            return new Number(i, i + 2, value.add(fraction), false, false, false, false).digitsScaled(1);
        }
        boolean plain = digits.equals(tok.text()) && digits.indexOf('.') < 0;
        if (attached(t, i + 1) && t.get(i + 1).kind() == Token.Kind.WORD) {
            String suffix = t.get(i + 1).lower();
            if (ORDINAL_SUFFIXES.contains(suffix) && plain) {
                return new Number(i, i + 2, value, false, false, true, false).digitsScaled(1);
            }
            Long scale = ATTACHED_SCALES.get(suffix);
            if (scale != null) {
                return new Number(i, i + 2, value.multiply(BigDecimal.valueOf(scale)), true, false, false, false)
                        .digitsScaled(scale);
            }
            if (Units.measureAt(t, i + 1) == null) {
                return null; // "1AA", "4G", "10am", "1990s": not a figure
            }
            return new Number(i, i + 1, value, false, false, false, plain).digitsScaled(1);
        }
        if (i + 2 < t.size() && t.get(i + 1).isSymbol('-') && attached(t, i + 1) && attached(t, i + 2)
                && SCALE_WORDS.containsKey(t.get(i + 2).lower())) {
            long scale = SCALE_WORDS.get(t.get(i + 2).lower());
            return new Number(i, i + 3, value.multiply(BigDecimal.valueOf(scale)), true, false, false, false)
                    .digitsScaled(scale);
        }
        if (i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.WORD) {
            String next = t.get(i + 1).lower();
            Long scale = SCALE_WORDS.containsKey(next) ? SCALE_WORDS.get(next) : SPACED_SCALES.get(next);
            if (scale == null && next.equals("hundred")) {
                scale = 100L;
            }
            if (scale != null) {
                return new Number(i, i + 2, value.multiply(BigDecimal.valueOf(scale)), true, false, false, false)
                        .digitsScaled(scale);
            }
        }
        return new Number(i, i + 1, value, false, false, false, plain).digitsScaled(1);
    }

    /**
     * Whether a figure reads as an amount by its form: thousands grouped ("1,200") or a scale after
     * it ("890 million", "980m"). A letter sign glued before it is then a currency ("R980m"), not
     * part of a code ("R44").
     */
    private static boolean scaledOrGrouped(List<Token> t, int i, String digits) {
        if (t.get(i).text().contains(",")) {
            return true;
        }
        if (i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.WORD) {
            String next = t.get(i + 1).lower();
            return SCALE_WORDS.containsKey(next) || SPACED_SCALES.containsKey(next)
                    || attached(t, i + 1) && ATTACHED_SCALES.containsKey(next);
        }
        return false;
    }

    private static boolean isIdentifier(List<Token> t, int i, String digits) {
        if (digits.length() > 1 && digits.charAt(0) == '0' && digits.indexOf('.') < 0) {
            return true;
        }
        if (attached(t, i)) {
            Token before = t.get(i - 1);
            if (before.kind() == Token.Kind.WORD && !PREFIXES_BEFORE_DIGITS.contains(before.lower())
                    && !(Units.gluedLetterSign(before.text()) && (Units.unmistakableSign(before.text()) && digits.length() > 1 || scaledOrGrouped(t, i, digits)))
                    && !(Units.isoCode(before.text()) && (digits.length() > 1 || scaledOrGrouped(t, i, digits)))) {
                return true;
            }
            if ((before.isSymbol('-') || before.isSymbol('/')) && attached(t, i - 1)
                    && t.get(i - 2).kind() == Token.Kind.WORD
                    && !PREFIXES_BEFORE_DIGITS.contains(t.get(i - 2).lower())) {
                return true;
            }
            if (before.isSymbol(':') || before.isSymbol('/') || before.isSymbol('.') || before.isSymbol('#')) {
                return true;
            }
        }
        if (attached(t, i + 1) && (t.get(i + 1).isSymbol(':') || t.get(i + 1).isSymbol('/'))
                && attached(t, i + 2) && t.get(i + 2).kind() == Token.Kind.NUMBER) {
            return true;
        }
        // a code before it ("Q4 2020", "G7 2023") is no digit group of a run
        boolean spacedNumberBefore = i > 0 && t.get(i - 1).kind() == Token.Kind.NUMBER
                && !(i > 1 && attached(t, i - 1) && t.get(i - 2).kind() == Token.Kind.WORD) && !measureModifier(t, i);
        boolean spacedNumberAfter = i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.NUMBER && !measureModifier(t, i + 1);
        return spacedNumberBefore || spacedNumberAfter;
    }

    /**
     * Whether the number at {@code i} is the measure of a compound before a noun, glued to its
     * word: "60kg" or "60-kilogram" of "512,340 60kg bags", "20-litre" of "3 20-litre cans". The
     * count before it is then a figure of its own, not a digit group of one run ("1 000 000").
     */
    static boolean measureModifier(List<Token> t, int i) {
        if (i + 1 >= t.size() || t.get(i).kind() != Token.Kind.NUMBER) {
            return false;
        }
        if (attached(t, i + 1) && t.get(i + 1).kind() == Token.Kind.WORD) {
            return Units.measureAt(t, i + 1) != null;
        }
        return i + 2 < t.size() && t.get(i + 1).isSymbol('-') && attached(t, i + 1) && attached(t, i + 2)
                && t.get(i + 2).kind() == Token.Kind.WORD;
    }

    private static Number readWords(List<Token> t, int i) {
        String w = t.get(i).lower();
        Integer ordinal = ordinalWord(w);
        if (ordinal != null) {
            if (w.equals("second") && i > 0 && NOT_ORDINAL_BEFORE_SECOND.contains(t.get(i - 1).lower())) {
                return null;
            }
            return new Number(i, i + 1, BigDecimal.valueOf(ordinal), false, false, true, false);
        }
        if (VAGUE.containsKey(w)) {
            return readVague(t, i, w);
        }
        if (w.equals("tens") && isWordAt(t, i + 1, "of") && i + 2 < t.size()
                && VAGUE.containsKey(t.get(i + 2).lower())) {
            long base = VAGUE.get(t.get(i + 2).lower()) * 10;
            return new Number(i, i + 3, BigDecimal.valueOf(base), true, true, false, false);
        }
        if ((w.equals("a") || w.equals("an")) && i + 1 < t.size()) {
            String next = t.get(i + 1).lower();
            long scale = next.equals("dozen") ? 12 : next.equals("hundred") ? 100 : SCALE_WORDS.getOrDefault(next, 0L);
            return scale == 0 ? null
                    : new Number(i, i + 2, BigDecimal.valueOf(scale), true, false, false, false);
        }
        if (w.equals("half") && isWordAt(t, i + 1, "a") && i + 2 < t.size()
                && SCALE_WORDS.containsKey(t.get(i + 2).lower())) {
            BigDecimal half = BigDecimal.valueOf(SCALE_WORDS.get(t.get(i + 2).lower())).divide(BigDecimal.valueOf(2));
            return new Number(i, i + 3, half, true, false, false, false);
        }
        return readCardinalWords(t, i);
    }

    /** The value of a scale word ("million" is 1,000,000), or 0 for any other word. */
    static long scale(String lower) {
        return SCALE_WORDS.getOrDefault(lower, 0L);
    }

    private static Number readVague(List<Token> t, int i, String w) {
        long base = VAGUE.get(w);
        // "hundreds of thousands" is the hundreds of the larger scale
        if (isWordAt(t, i + 1, "of") && i + 2 < t.size() && VAGUE.containsKey(t.get(i + 2).lower())
                && VAGUE.get(t.get(i + 2).lower()) > base) {
            return new Number(i, i + 3, BigDecimal.valueOf(base * VAGUE.get(t.get(i + 2).lower())), true, true,
                    false, false);
        }
        return new Number(i, i + 1, BigDecimal.valueOf(base), true, true, false, false);
    }

    private static Number readCardinalWords(List<Token> t, int i) {
        long total = 0;
        int j = i;
        long lastScale = Long.MAX_VALUE;
        boolean scaled = false;
        while (true) {
            int start = j;
            long[] group = readHundreds(t, j);
            if (group == null) {
                break;
            }
            j = (int) group[1];
            long value = group[0];
            if (isWordAt(t, j, "dozen")) {
                value *= 12;
                j++;
            }
            Long scale = j < t.size() ? SCALE_WORDS.get(t.get(j).lower()) : null;
            if (scale != null && scale < lastScale) {
                total += value * scale;
                lastScale = scale;
                scaled = true;
                j++;
                if (isWordAt(t, j, "and") && readHundreds(t, j + 1) != null) {
                    j++;
                }
                continue;
            }
            if (scale != null) {
                j = start; // "five thousand six thousand": the second figure starts here
                break;
            }
            total += value;
            break;
        }
        if (j == i) {
            return null;
        }
        if (j == i + 1 && t.get(i).lower().equals("one")) {
            return null; // "one of them" is not a figure
        }
        return new Number(i, j, BigDecimal.valueOf(total), scaled, false, false, false);
    }

    /** {value, end} of "five", "twenty-one", "twenty one", "three hundred and six"; null if none. */
    private static long[] readHundreds(List<Token> t, int i) {
        long[] tens = readTens(t, i);
        if (tens == null) {
            return null;
        }
        int j = (int) tens[1];
        if (!isWordAt(t, j, "hundred")) {
            return tens;
        }
        long value = tens[0] * 100;
        j++;
        int rest = isWordAt(t, j, "and") ? j + 1 : j;
        long[] more = readTens(t, rest);
        if (more != null) {
            return new long[] {value + more[0], more[1]};
        }
        return new long[] {value, j};
    }

    private static long[] readTens(List<Token> t, int i) {
        if (i >= t.size() || t.get(i).kind() != Token.Kind.WORD) {
            return null;
        }
        String w = t.get(i).lower();
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(w.substring(0, dash));
            Integer unit = SMALL.get(w.substring(dash + 1));
            return tens != null && unit != null && unit > 0 && unit < 10 ? new long[] {tens + unit, i + 1} : null;
        }
        if (SMALL.containsKey(w)) {
            return new long[] {SMALL.get(w), i + 1};
        }
        Integer tens = TENS.get(w);
        if (tens == null) {
            return null;
        }
        if (i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.WORD) {
            Integer unit = SMALL.get(t.get(i + 1).lower());
            if (unit != null && unit > 0 && unit < 10) {
                return new long[] {tens + unit, i + 2};
            }
        }
        return new long[] {tens, i + 1};
    }

    private static Integer ordinalWord(String w) {
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(w.substring(0, dash));
            Integer unit = ORDINAL_WORDS.get(w.substring(dash + 1));
            return tens != null && unit != null && unit < 10 ? tens + unit : null;
        }
        return ORDINAL_WORDS.get(w);
    }

    /** Whether {@code lower} is a scale word ("thousand", "million"). */
    static boolean isScaleWord(String lower) {
        return SCALE_WORDS.containsKey(lower);
    }

    /** Whether {@code lower} alone writes a cardinal from two to ninety-nine ("eight", "twenty-one"). */
    static boolean isCardinalWord(String lower) {
        long[] read = readTens(List.of(Token.of(0, lower.length(), lower, Token.Kind.WORD)), 0);
        return read != null && read[0] >= 2;
    }

    private static boolean isWordAt(List<Token> t, int i, String word) {
        return i < t.size() && t.get(i).isWord(word);
    }
}
