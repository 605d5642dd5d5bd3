package org.crosscheck.archive;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;

/**
 * How an archived article is laid out in Lucene ({@link ArchiveFormat#CURRENT}): one block per
 * article, replaced as a whole by id. The block holds one document per compared sentence
 * ({@code type=sentence}: {@code id}, {@code n}, {@code text} analysed and stored) and, last,
 * the article document ({@code type=article}: {@code id}, {@code path}, {@code title},
 * {@code text} stored only, {@code spans}: every sentence as {@code start,end,kind;}).
 * A SolrCloud collection would carry the same fields.
 */
final class LuceneSchema {

    static final String TYPE = "type";
    static final String ID = "id";
    static final String N = "n";
    static final String TEXT = "text";
    static final String BODY = "body";
    static final String PATH = "path";
    static final String TITLE = "title";
    static final String SPANS = "spans";
    static final String ARTICLE = "article";
    static final String SENTENCE = "sentence";

    private LuceneSchema() {
    }

    /** The documents of one article's block, the article document last. */
    static List<Document> block(ArchivedArticle archived) {
        Article a = archived.article();
        List<Document> docs = new ArrayList<>();
        StringBuilder spans = new StringBuilder();
        for (Sentence s : archived.sentences()) {
            spans.append(s.span().start()).append(',').append(s.span().end()).append(',').append(s.kind().ordinal()).append(';');
            if (!s.kind().isCompared()) {
                continue;
            }
            Document d = new Document();
            d.add(new StringField(TYPE, SENTENCE, Field.Store.NO));
            d.add(new StringField(ID, a.id(), Field.Store.YES));
            d.add(new StoredField(N, s.index()));
            d.add(new TextField(TEXT, s.text(), Field.Store.YES));
            docs.add(d);
        }
        Document d = new Document();
        d.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StoredField(PATH, a.path()));
        d.add(new StoredField(TITLE, a.title()));
        d.add(new StoredField(BODY, a.text()));
        d.add(new StoredField(SPANS, spans.toString()));
        docs.add(d);
        return docs;
    }

    /** The article an article document holds, its sentences rebuilt from their offsets. */
    static ArchivedArticle article(Document d) {
        String text = d.get(BODY);
        Article article = new Article(d.get(ID), d.get(PATH), d.get(TITLE), text);
        List<Sentence> sentences = new ArrayList<>();
        SentenceKind[] kinds = SentenceKind.values();
        for (String part : d.get(SPANS).split(";")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] f = part.split(",");
            Span span = new Span(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
            sentences.add(new Sentence(sentences.size(), span, span.of(text), kinds[Integer.parseInt(f[2])]));
        }
        return new ArchivedArticle(article, sentences);
    }

    /** The article document with this id. */
    static Query articleQuery(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Every article document. */
    static Query allArticles() {
        return new TermQuery(new Term(TYPE, ARTICLE));
    }
}
