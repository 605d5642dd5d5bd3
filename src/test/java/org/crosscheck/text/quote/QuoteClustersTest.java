package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.Sentence;
import org.junit.jupiter.api.Test;

class QuoteClustersTest {

    @Test
    void joinsTheSentencesAQuoteRunsAcrossIntoOneCluster() {
        String text = "He spoke. \"We came. We saw,\" he said. Then he left.";
        List<Sentence> sentences = Frames.sentences(text);
        QuoteClusters c = new QuoteClusters(sentences, QuoteMarks.find(text));
        assertThat(sentences).hasSize(4);
        assertThat(c.clusterEnd(0)).isEqualTo(0);
        assertThat(c.clusterEnd(1)).isEqualTo(2);
        assertThat(c.firstSentence(0)).isEqualTo(1);
        assertThat(c.lastSentence(0)).isEqualTo(2);
    }

    @Test
    void findsTheSentenceOfAnOffsetAndThePieceEndingAfterIt() {
        String text = "One. \"Two,\" she said. Three.";
        QuoteClusters c = new QuoteClusters(Frames.sentences(text), QuoteMarks.find(text));
        assertThat(c.sentenceOf(0)).isEqualTo(0);
        assertThat(c.sentenceOf(text.indexOf("Three"))).isEqualTo(2);
        assertThat(c.firstPieceEndingAfter(0)).isEqualTo(0);
        assertThat(c.firstPieceEndingAfter(text.indexOf("she"))).isEqualTo(1);
    }

    @Test
    void answersForATextWithoutQuotes() {
        QuoteClusters c = new QuoteClusters(Frames.sentences("One. Two."), List.of());
        assertThat(c.clusterEnd(1)).isEqualTo(1);
        assertThat(c.firstPieceEndingAfter(3)).isEqualTo(0);
    }
}
