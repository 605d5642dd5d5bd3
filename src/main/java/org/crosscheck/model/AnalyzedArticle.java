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
 * @param quantities figures (kept sorted by offset)
 * @param mentions names, places, organisations, titles and dates (kept sorted by offset)
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Quote> quotes,
                              List<Statement> statements, List<Quantity> quantities, List<Mention> mentions) {

    /** Copies every list so the value cannot change. */
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        statements = List.copyOf(statements);
        quantities = sortedByStart(quantities, Quantity::span);
        mentions = sortedByStart(mentions, Mention::span);
    }

    private static <T> List<T> sortedByStart(List<T> items, java.util.function.Function<T, Span> span) {
        List<T> copy = new java.util.ArrayList<>(items);
        copy.sort(java.util.Comparator.comparingInt((T t) -> span.apply(t).start()).thenComparingInt(t -> span.apply(t).end()));
        return List.copyOf(copy);
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
        return inside(quantities, Quantity::span, sentence(sentenceIndex).span());
    }

    /** Mentions inside the given sentence. */
    public List<Mention> mentionsIn(int sentenceIndex) {
        return inside(mentions, Mention::span, sentence(sentenceIndex).span());
    }

    /** Who the given sentence is credited to, or {@link Speaker#unknown()}. */
    public Speaker speakerOf(int sentenceIndex) {
        return statements.stream().filter(st -> st.sentence() == sentenceIndex)
                .map(Statement::speaker).findFirst().orElse(Speaker.unknown());
    }

    /**
     * The items whose spans lie inside {@code within}. Items sorted by start (as the text stage
     * gives them) are found by binary search, so long articles stay linear; others by a scan.
     */
    private static <T> List<T> inside(List<T> items, java.util.function.Function<T, Span> span, Span within) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (span.apply(items.get(mid)).start() < within.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<T> out = new java.util.ArrayList<>();
        for (int i = low; i < items.size() && span.apply(items.get(i)).start() < within.end(); i++) {
            if (within.contains(span.apply(items.get(i)))) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
