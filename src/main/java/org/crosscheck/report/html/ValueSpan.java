package org.crosscheck.report.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Span;

/**
 * Where, in its sentence, a side of a finding states the value that differs.
 *
 * <p>A detector's highlight may sit on the word it read the value from (the verb of a speech
 * report, "say") rather than on the value (the speaker's name). The mark goes on the value when
 * the sentence states it: its exact words, else the longest run of its words (a surname for a
 * full name), nearest the detector's highlight. Otherwise the highlight stays as it was.
 */
final class ValueSpan {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    private ValueSpan() {
    }

    /** The offsets in the source text to mark for {@code e}, or {@code null} when there is nothing to mark. */
    static Span of(Evidence e) {
        Span highlight = e.highlight();
        if (e.value().isBlank() || e.text().isEmpty()) {
            return highlight;
        }
        String sentence = e.text();
        if (highlight != null && e.span().contains(highlight)) {
            // a highlight that holds the value (a cue "Anatoliy Fedoruk went on to say") shrinks to it
            Span local = highlight.shift(-e.span().start());
            Span inside = nearest(local.of(sentence), fold(e.value()), 0);
            if (inside != null) {
                return inside.shift(highlight.start());
            }
        }
        int near = highlight == null ? 0 : Math.max(0, highlight.start() - e.span().start());
        Span found = nearest(sentence, fold(e.value()), near);
        if (found == null) {
            found = longestWordRun(sentence, e.value(), near);
        }
        return found == null ? highlight : found.shift(e.span().start());
    }

    /** The occurrence of {@code value} in {@code sentence} nearest {@code near}, as word-bounded offsets. */
    private static Span nearest(String sentence, String value, int near) {
        String folded = fold(sentence);
        if (folded.length() != sentence.length()) {
            return null; // a letter whose lower case is longer: offsets would not carry over
        }
        Span best = null;
        for (int at = folded.indexOf(value); at >= 0 && !value.isEmpty(); at = folded.indexOf(value, at + 1)) {
            boolean bounded = (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                    && (at + value.length() >= folded.length() || !Character.isLetterOrDigit(folded.charAt(at + value.length())));
            if (bounded && (best == null || Math.abs(at - near) < Math.abs(best.start() - near))) {
                best = new Span(at, at + value.length());
            }
        }
        return best;
    }

    /** The longest run of consecutive words of {@code value} that the sentence has, nearest {@code near}. */
    private static Span longestWordRun(String sentence, String value, int near) {
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(value);
        while (m.find()) {
            words.add(m.group());
        }
        for (int length = words.size() - 1; length >= 1; length--) {
            Span best = null;
            for (int from = 0; from + length <= words.size(); from++) {
                String run = String.join(" ", words.subList(from, from + length));
                if (run.length() < 3) {
                    continue; // an initial or "Mr" alone says nothing about which name
                }
                Span s = nearest(sentence, fold(run), near);
                if (s != null && (best == null || Math.abs(s.start() - near) < Math.abs(best.start() - near))) {
                    best = s;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Lower case, one kind of apostrophe and space, same length as the input. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ');
    }
}
