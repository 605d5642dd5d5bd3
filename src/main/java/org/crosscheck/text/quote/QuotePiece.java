package org.crosscheck.text.quote;

import org.crosscheck.model.Span;

/**
 * One stretch of quoted words inside one paragraph.
 *
 * @param content the quoted words without the marks, trimmed of white space
 * @param outer the quoted words with their marks (to the end of the paragraph when unclosed)
 * @param continuation whether it continues the previous piece's quote into a new paragraph
 */
record QuotePiece(Span content, Span outer, boolean continuation) {
}
