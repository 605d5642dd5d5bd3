package org.crosscheck.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.date.DateExtractor;
import org.crosscheck.text.entity.MentionExtractor;
import org.crosscheck.text.number.QuantityExtractor;
import org.crosscheck.text.quote.QuoteAnalyzer;
import org.crosscheck.text.quote.Speech;

/**
 * The text stage: splits an article into sentences, marks page furniture, and finds quotes with
 * their speakers, figures, dates and names, all as spans into the article text.
 */
public final class TextAnalyzer {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final FurnitureClassifier furniture = new FurnitureClassifier();
    private final QuoteAnalyzer quotes = new QuoteAnalyzer();
    private final QuantityExtractor numbers = new QuantityExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final MentionExtractor names = new MentionExtractor();

    /** Everything the later stages need to know about {@code article}. */
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        List<Sentence> sentences = sentences(text);
        List<Mention> mentions = new ArrayList<>(names.extract(text, sentences));
        Speech speech = quotes.analyze(text, sentences, mentions.stream()
                .filter(m -> m.kind() == Mention.Kind.ORGANISATION || m.kind() == Mention.Kind.OTHER).map(Mention::span).toList());
        List<Mention> dateMentions = dates.extract(text);
        List<Quantity> quantities = numbers.extract(text, dateMentions);
        mentions.addAll(dateMentions);
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return new AnalyzedArticle(article, sentences, speech.quotes(), speech.statements(), quantities, mentions);
    }

    /** Sentences of {@code text}, each with the kind of the line it stands on. */
    public List<Sentence> sentences(String text) {
        TreeMap<Integer, Map.Entry<Span, SentenceKind>> lines = new TreeMap<>();
        for (Map.Entry<Span, SentenceKind> e : furniture.classifyLines(text).entrySet()) {
            lines.put(e.getKey().start(), e);
        }
        List<Sentence> out = new ArrayList<>();
        for (Span span : splitter.split(text)) {
            Map.Entry<Integer, Map.Entry<Span, SentenceKind>> line = lines.floorEntry(span.start());
            SentenceKind kind = line == null ? SentenceKind.STATEMENT : line.getValue().getValue();
            out.add(new Sentence(out.size(), span, span.of(text), kind));
        }
        return out;
    }
}
