package org.crosscheck.text.number;

import java.util.List;
import java.util.Locale;

import org.crosscheck.text.Token;

/**
 * Where a hyphenated word that writes a figure is cut so that the figure is read as if spaced: a
 * figure with its unit ("eight-year", "twenty-one-year-old", "five-mile") or a scale after digits
 * that is joined to a noun ("14-million-member", "1.2 million-square-foot"). Any other word stays
 * whole.
 */
final class FigureHyphens {

    private FigureHyphens() {
    }

    /** Where the number part of hyphenated word {@code w} ends (the hyphen's offset), or -1 when it is not cut. */
    static int cutAt(List<Token> before, String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        int first = lower.indexOf('-');
        if (first < 0) {
            return -1;
        }
        Token last = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean afterDigits = last != null && (last.kind() == Token.Kind.NUMBER || before.size() >= 2 && last.isSymbol('-')
                && before.get(before.size() - 2).kind() == Token.Kind.NUMBER
                && before.get(before.size() - 2).end() == last.start());
        // "64th-minute": an ordinal's suffix joined to the noun it ranks
        boolean ordinalSuffix = java.util.Set.of("st", "nd", "rd", "th").contains(lower.substring(0, first));
        if (afterDigits && (ordinalSuffix || NumberReader.isScaleWord(lower.substring(0, first)))) {
            return first;
        }
        for (int cut = first; cut > 0; cut = lower.indexOf('-', cut + 1)) {
            if (NumberReader.isCardinalWord(lower.substring(0, cut)) && Units.isMeasureWord(lower.substring(cut + 1))) {
                return cut;
            }
            if (cut + 1 >= lower.length()) {
                break;
            }
        }
        return -1;
    }
}
