package org.crosscheck.report.html;

import org.crosscheck.model.Report;

/**
 * Renders a report as one self-contained HTML page.
 *
 * <p>Placeholder: a minimal page (the HTML report issue builds the real one).
 */
public final class HtmlReport {

    /** The page for {@code report}. */
    public String render(Report report) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>crosscheck report</title></head><body><p>"
                + report.discrepancies().size() + " findings</p></body></html>";
    }
}
