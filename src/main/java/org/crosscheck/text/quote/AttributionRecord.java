package org.crosscheck.text.quote;

import java.util.Objects;

/**
 * One quote and who it is credited to, as the {@code attributions} command writes it.
 *
 * @param doc the source id
 * @param begin offset of the first quoted character, in Unicode code points
 * @param end offset after the last quoted character, in Unicode code points
 * @param quoteText the quoted words exactly as written, without the marks
 * @param speaker the fullest name of the speaker, or {@code null} when unknown
 * @param confidence how sure the attribution is, from 0 to 1
 * @param speakerBegin offset of the mention the quote was linked to ("he" in "he said"), in
 *     Unicode code points, or -1 when there is none
 * @param speakerEnd offset after that mention, in Unicode code points, or -1
 */
public record AttributionRecord(String doc, int begin, int end, String quoteText, String speaker, double confidence,
                                int speakerBegin, int speakerEnd) {

    /** Validates the offsets and the confidence. */
    public AttributionRecord {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(quoteText, "quoteText");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("attribution offsets must satisfy 0 <= begin <= end, got begin=" + begin + " end=" + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("attribution confidence must be in [0,1], got " + confidence);
        }
        if (speakerBegin < -1 || speakerEnd < speakerBegin || (speakerBegin < 0) != (speakerEnd < 0)) {
            throw new IllegalArgumentException("speaker offsets must both be -1 or satisfy 0 <= begin <= end, got speakerBegin="
                    + speakerBegin + " speakerEnd=" + speakerEnd);
        }
    }

    /** A record without a speaker mention. */
    public AttributionRecord(String doc, int begin, int end, String quoteText, String speaker, double confidence) {
        this(doc, begin, end, quoteText, speaker, confidence, -1, -1);
    }
}
