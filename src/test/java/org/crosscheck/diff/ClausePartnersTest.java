package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Span;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class ClausePartnersTest {

    private final ClausePartners partners = new ClausePartners(SentenceEncoder.shared());

    @Test
    void readsTheClauseBetweenTheMarksAndClauseWordsAroundTheValue() {
        String text = "The plant, south of the capital, will make screens for cars, with full production set to start in May 2027.";
        int at = text.indexOf("May 2027");
        assertThat(ClausePartners.clauses(text, new Span(0, text.length()), new Span(at, at + 8)))
                .containsExactly("with full production set to start in May 2027.");
    }

    @Test
    void readsARelativeClauseSetOffAfterTheValueAsASecondReadingOfItsClause() {
        String text = "The town is following Fenwick, which moved to the highest rate in March, officials said.";
        int at = text.indexOf("Fenwick");
        assertThat(ClausePartners.clauses(text, new Span(0, text.length()), new Span(at, at + 7)))
                .containsExactly("The town is following Fenwick", "The town is following Fenwick, which moved to the highest rate in March");
    }

    @Test
    void pairsAValueThroughTheRelativeClauseThatSaysWhatItDid() {
        AnalyzedArticle left = article("Fenwick raised its levy to the highest rate in March. Other towns may follow.");
        AnalyzedArticle right = article("Other towns may follow. The town is copying Alnmouth, which moved its levy to the highest rate in March.");
        assertThat(partners.pairs(left, List.of(placed(left, "Fenwick")), right, List.of(placed(right, "Alnmouth")), (i, j) -> true))
                .hasSize(1);
    }

    @Test
    void pairsValuesWhoseClausesSayTheSameThing() {
        AnalyzedArticle left = article("The union is seeking a 9 per cent pay rise for crane operators. Talks resume on Friday.");
        AnalyzedArticle right = article("Talks resume on Friday, and the union wants a 14% pay rise for crane operators.");
        List<int[]> pairs = partners.pairs(left, List.of(placed(left, "9 per cent")), right, List.of(placed(right, "14%")), (i, j) -> true);
        assertThat(pairs).hasSize(1);
    }

    @Test
    void leavesTwoValuesOfOneClauseUnpairedForTheyReadExactlyAlike() {
        AnalyzedArticle left = article("A typical saver will gain roughly 40 pounds a month on such an account.");
        AnalyzedArticle right = article("Someone with a 120,000-pound account will gain about 27 pounds a month.");
        assertThat(partners.pairs(left, List.of(placed(left, "40")), right, List.of(placed(right, "120,000"), placed(right, "27")),
                (i, j) -> true)).isEmpty();
    }

    @Test
    void leavesAValueSetOffAloneUnpaired() {
        AnalyzedArticle left = article("Marta Ruiz, 54, said the water rose within minutes.");
        AnalyzedArticle right = article("Ken Odell, 67, said the water rose within minutes.");
        assertThat(partners.pairs(left, List.of(placed(left, "54")), right, List.of(placed(right, "67")), (i, j) -> true)).isEmpty();
    }

    @Test
    void asksTheCallerWhichValuesCanBeCompared() {
        AnalyzedArticle left = article("The union is seeking a 9 per cent pay rise for crane operators.");
        AnalyzedArticle right = article("The union wants a 14% pay rise for crane operators.");
        assertThat(partners.pairs(left, List.of(placed(left, "9 per cent")), right, List.of(placed(right, "14%")), (i, j) -> false)).isEmpty();
    }

    private static AnalyzedArticle article(String text) {
        return new TextAnalyzer().analyze(new Article("a", "", "", text));
    }

    private static ClausePartners.Placed placed(AnalyzedArticle article, String value) {
        String text = article.article().text();
        int at = text.indexOf(value);
        int sentence = article.sentences().stream().filter(s -> s.span().start() <= at && at < s.span().end()).findFirst().orElseThrow().index();
        return new ClausePartners.Placed(sentence, new Span(at, at + value.length()));
    }
}
