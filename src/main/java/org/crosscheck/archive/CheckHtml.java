package org.crosscheck.archive;

import java.util.List;
import java.util.Locale;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.report.html.HtmlReport;
import org.jsoup.nodes.Entities;

/**
 * Renders a check as the HTML report of its comparison ({@link HtmlReport}) with, first in the
 * page, a section that says which archived article was chosen and why: how many of the copy's
 * sentences it holds, examples of them side by side, and the other matches that were not
 * compared. Every text is escaped.
 */
public final class CheckHtml {

    /** The page for {@code result}. */
    public String render(CheckResult result) {
        String page = new HtmlReport().render(result.report());
        int main = page.indexOf("<main>");
        String section = section(result);
        if (main < 0) {
            int body = page.indexOf("<body>");
            return body < 0 ? section + page : page.substring(0, body + 6) + section + page.substring(body + 6);
        }
        return page.substring(0, main + 6) + section + page.substring(main + 6);
    }

    private static String section(CheckResult result) {
        StringBuilder b = new StringBuilder("<section id=\"archive-match\" aria-labelledby=\"archive-match-title\">");
        b.append("<h2 id=\"archive-match-title\">Found in the archive</h2>");
        List<AnalyzedArticle> articles = result.report().articles();
        AnalyzedArticle copy = articles.get(articles.size() - 1);
        if (!result.found()) {
            b.append("<p>No archived article reports the same story as ").append(esc(copy.id()))
                    .append(": none holds enough of its sentences (at least ").append(StoryMatcher.MIN_SHARED)
                    .append(" of them and a score of ").append(StoryMatcher.MIN_SCORE).append(").</p></section>");
            return b.toString();
        }
        for (int i = 0; i < result.compared(); i++) {
            Match m = result.matches().get(i);
            AnalyzedArticle archived = articles.get(i);
            b.append("<p>").append(i == 0 ? "Compared with" : "Also compared with").append(" archived article <b>")
                    .append(esc(m.id())).append("</b>").append(m.title().isBlank() ? "" : " (" + esc(m.title()) + ")")
                    .append(": ").append(m.sharedSentences()).append(" of the ").append(m.copySentences())
                    .append(" sentences of ").append(esc(copy.id())).append(" that can be matched are in it, score ")
                    .append(String.format(Locale.ROOT, "%.2f", m.score()))
                    .append(i > 0 ? "." : result.matches().size() == 1 ? ", the only archived article that reports this story."
                            : ", the best of " + result.matches().size() + " archived articles that report this story.")
                    .append("</p><ul>");
            for (Match.SharedSentence p : m.pairs()) {
                b.append("<li>").append(esc(copy.id())).append(" sentence ").append(p.copySentence()).append(" / ")
                        .append(esc(m.id())).append(" sentence ").append(p.archivedSentence())
                        .append(String.format(Locale.ROOT, " (%.0f%% of the words): ", p.similarity() * 100))
                        .append("<q>").append(esc(text(copy, p.copySentence()))).append("</q> / <q>")
                        .append(esc(text(archived, p.archivedSentence()))).append("</q></li>");
            }
            b.append("</ul>");
        }
        b.append("<p>Each sentence of the copy was looked up in the archive's index; an archived article reports the same story "
                + "when it holds at least ").append(StoryMatcher.MIN_SHARED).append(" of the copy's sentences (")
                .append(Math.round(StoryMatcher.SHARED_WORDS_SHARE * 100))
                .append("% of the words of the shorter sentence or more) and a score of ").append(StoryMatcher.MIN_SCORE)
                .append(" or more, the score being the share of the copy's sentences it holds, each weighted by its share of words.</p>");
        List<Match> others = result.matches().subList(result.compared(), result.matches().size());
        if (!others.isEmpty()) {
            b.append("<p>Other archived articles that report this story (not compared):</p><ul>");
            for (Match m : others) {
                b.append("<li><b>").append(esc(m.id())).append("</b> ").append(esc(m.title()))
                        .append(String.format(Locale.ROOT, ": score %.2f, %d of %d sentences", m.score(), m.sharedSentences(),
                                m.copySentences()))
                        .append("</li>");
            }
            b.append("</ul>");
        }
        return b.append("</section>").toString();
    }

    private static String text(AnalyzedArticle a, int sentence) {
        return sentence < a.sentences().size() ? a.sentences().get(sentence).text() : "";
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
