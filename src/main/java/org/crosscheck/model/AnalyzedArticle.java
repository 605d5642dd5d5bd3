package org.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with everything the text stage found in it, each part located by offsets into
 * {@link Article#text()}.
 *
 * @param article the source
 * @param sentences all sentences in reading order, page furniture included but marked
 * @param quotes direct quotes with their speakers
 * @param statements sentences credited to a speaker (direct or indirect speech)
 * @param quantities figures
 * @param mentions names, places, organisations, titles and dates
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Quote> quotes,
                              List<Statement> statements, List<Quantity> quantities, List<Mention> mentions) {

    /** Copies every list so the value cannot change. */
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        statements = List.copyOf(statements);
        quantities = List.copyOf(quantities);
        mentions = List.copyOf(mentions);
    }

    /** The source id. */
    public String id() {
        return article.id();
    }

    /** The sentence at {@code index}; fails naming the index when there is none. */
    public Sentence sentence(int index) {
        if (index < 0 || index >= sentences.size()) {
            throw new IllegalArgumentException("no sentence " + index + " in " + id() + " (has " + sentences.size() + ")");
        }
        return sentences.get(index);
    }

    /** Quotes that start in the given sentence or run through it. */
    public List<Quote> quotesIn(int sentenceIndex) {
        Span s = sentence(sentenceIndex).span();
        return quotes.stream().filter(q -> q.span().overlaps(s)).toList();
    }

    /** Figures inside the given sentence. */
    public List<Quantity> quantitiesIn(int sentenceIndex) {
        Span s = sentence(sentenceIndex).span();
        return quantities.stream().filter(q -> s.contains(q.span())).toList();
    }

    /** Mentions inside the given sentence. */
    public List<Mention> mentionsIn(int sentenceIndex) {
        Span s = sentence(sentenceIndex).span();
        return mentions.stream().filter(m -> s.contains(m.span())).toList();
    }

    /** Who the given sentence is credited to, or {@link Speaker#unknown()}. */
    public Speaker speakerOf(int sentenceIndex) {
        return statements.stream().filter(st -> st.sentence() == sentenceIndex)
                .map(Statement::speaker).findFirst().orElse(Speaker.unknown());
    }
}
