package org.crosscheck.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceRef;

/**
 * Every compared sentence of every source in an in-memory Lucene index, searched with BM25 for
 * the sentences of another source that share the most distinctive words.
 *
 * <p>Fields: {@code source} (the source id, exact), {@code text}
 * (English-analysed: lower case, stop words removed, Porter-stemmed), {@code feature} (figures and
 * dates normalised, see {@link #features}). Page furniture is not
 * indexed. An index lives for one comparison.
 */
public final class SentenceIndex implements AutoCloseable {

    private static final int MAX_QUERY_TERMS = 64;

    /**
     * Shared by every index: an analyzer is thread-safe (each thread reuses its own token stream
     * components) and building one, stop words and all, cost as much as indexing a short pair.
     */
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private final Analyzer analyzer = ANALYZER;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<SentenceRef, List<String>> terms = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;
    /** The sentence each Lucene document holds, by document number: cheaper than stored fields. */
    private final List<SentenceRef> byDocument = new ArrayList<>();

    /**
     * A candidate counterpart of a sentence.
     *
     * @param ref the candidate sentence
     * @param score its BM25 score for the query sentence
     */
    public record Candidate(SentenceRef ref, float score) {
    }

    /** Indexes the compared sentences of {@code articles}. */
    public SentenceIndex(List<AnalyzedArticle> articles) {
        int count = 0;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setCommitOnClose(false)
                    // no merges, so document numbers stay in the order sentences were added
                    .setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(64));
            for (AnalyzedArticle article : articles) {
                for (Sentence s : article.sentences()) {
                    if (!s.kind().isCompared()) {
                        continue;
                    }
                    Document doc = new Document();
                    doc.add(new StringField("source", article.id(), Field.Store.NO));
                    doc.add(new TextField("text", s.text(), Field.Store.NO));
                    List<String> t = new ArrayList<>(analyze(s.text()));
                    // figures are represented by their normalised features instead of their spelling
                    t.removeIf(w -> Character.isDigit(w.charAt(0)));
                    for (String feature : features(article, s.index())) {
                        doc.add(new StringField("feature", feature, Field.Store.NO));
                        t.add(feature);
                    }
                    writer.addDocument(doc);
                    SentenceRef ref = new SentenceRef(article.id(), s.index());
                    byDocument.add(ref);
                    terms.put(ref, t);
                    t.stream().distinct().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
                    count++;
                }
            }
            // a near-real-time reader sees the one flushed segment without the cost of a commit
            reader = DirectoryReader.open(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
        if (reader.maxDoc() != count) {
            throw new IllegalStateException("expected " + count + " documents in the index, got " + reader.maxDoc());
        }
        searcher = new IndexSearcher(reader);
        // queries are built once each: caching them only costs
        searcher.setQueryCache(null);
        documents = count;
    }

    /**
     * Terms that stand for what a sentence states however it is written: each figure by value and
     * unit ("$1.12bn" and "$1.12 billion" alike) and each date by its normalised key.
     */
    static List<String> features(AnalyzedArticle article, int sentence) {
        List<String> out = new ArrayList<>();
        for (Quantity q : article.quantitiesIn(sentence)) {
            out.add("#num:" + BigDecimal.valueOf(q.value()).stripTrailingZeros().toPlainString() + q.unit());
        }
        for (Mention m : article.mentionsIn(sentence)) {
            if (m.kind() == Mention.Kind.DATE) {
                out.add("#" + m.key());
            }
        }
        return out;
    }

    /** Analysed terms of an indexed sentence (empty for furniture or unknown sentences). */
    public List<String> terms(SentenceRef ref) {
        return terms.getOrDefault(ref, List.of());
    }

    /** Inverse document frequency of an analysed term across all indexed sentences. */
    public double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** Up to {@code k} sentences of {@code targetSource} most like {@code query}, best first. */
    public List<Candidate> candidates(SentenceRef query, String targetSource, int k) {
        List<String> words = terms(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> unique = new LinkedHashMap<>();
        words.forEach(w -> unique.merge(w, 1, Integer::sum));
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        unique.keySet().stream().limit(MAX_QUERY_TERMS)
                .forEach(w -> text.add(new TermQuery(new Term(w.startsWith("#") ? "feature" : "text", w)), BooleanClause.Occur.SHOULD));
        BooleanQuery restricted = new BooleanQuery.Builder()
                .add(text.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("source", targetSource)), BooleanClause.Occur.FILTER)
                .build();
        try {
            List<Candidate> out = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(restricted, k).scoreDocs) {
                out.add(new Candidate(byDocument.get(hit.doc), hit.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
    }

    /**
     * Sets Lucene up in the calling thread: indexes and searches one sentence in an index of its
     * own, thrown away, so that the classes, codecs and analyzer a comparison's index needs are
     * loaded and initialised before that index is built (a few tens of milliseconds in a fresh
     * JVM, otherwise spent while the comparison waits). Nothing else carries over; a failure here
     * is left for the real index to meet.
     */
    public static void prepare() {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER).setCommitOnClose(false)
                     .setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(64))) {
            Document doc = new Document();
            doc.add(new StringField("source", "ready", Field.Store.NO));
            doc.add(new TextField("text", "The index is ready.", Field.Store.NO));
            doc.add(new StringField("feature", "#ready", Field.Store.NO));
            w.addDocument(doc);
            try (DirectoryReader r = DirectoryReader.open(w)) {
                IndexSearcher searcher = new IndexSearcher(r);
                searcher.setQueryCache(null);
                BooleanQuery text = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("text", "index")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("feature", "#ready")), BooleanClause.Occur.SHOULD).build();
                searcher.search(new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("source", "ready")), BooleanClause.Occur.FILTER).build(), 1);
            }
        } catch (IOException | RuntimeException e) {
            // the comparison's own index meets the same trouble and reports it
        }
    }

    /** Terms of {@code text} as the index analyses it. */
    public List<String> analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis failed", e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the index failed", e);
        }
    }
}
