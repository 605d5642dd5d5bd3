package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.text.Token;

/**
 * Chooses the speaker of every quote piece and statement, reading one cluster of sentences at a
 * time (a cluster is a run of sentences joined by a quote that crosses their boundary): the
 * reporting clause first ({@link ClauseReader}), then the neighbouring sentences
 * ({@link NeighbourClauses}), then the quote or statement before, then a quote it repeats.
 */
final class SpeakerResolver {

    private final String text;
    private final List<Sentence> sentences;
    private final List<QuotePiece> pieces;
    private final Referents referents;
    private final QuoteClusters clusters;
    private final ClauseReader clauses;
    private final NeighbourClauses neighbours;
    private final LooseCues loose;
    private final DocumentIssuers documents;
    private final Speaker[] speakers;
    private final boolean[] framed;
    private final Map<Integer, Statement> statements = new LinkedHashMap<>();
    private Statement lastIndirect;

    SpeakerResolver(String text, List<Sentence> sentences, List<QuotePiece> pieces, PersonIndex index, Organisations organisations) {
        this.text = text;
        this.sentences = sentences;
        this.pieces = pieces;
        this.referents = new Referents(text, index);
        this.clusters = new QuoteClusters(sentences, pieces);
        this.clauses = new ClauseReader(text, sentences, index, organisations, referents, clusters);
        this.neighbours = new NeighbourClauses(text, sentences, index, referents, organisations);
        this.loose = new LooseCues(text, sentences, index, organisations, referents, clauses);
        this.documents = new DocumentIssuers(text, sentences);
        this.speakers = new Speaker[pieces.size()];
        this.framed = new boolean[pieces.size()];
    }

    /** The last sentence starting at or before {@code offset}, else 0. */
    int sentenceOf(int offset) {
        return clusters.sentenceOf(offset);
    }

    /** Speakers of the pieces (same order) and statements by sentence. */
    Speaker[] resolve() {
        int s = 0;
        while (s < sentences.size()) {
            int last = clusters.clusterEnd(s);
            readCluster(s, last);
            s = last + 1;
        }
        for (int p = 0; p < pieces.size(); p++) {
            if (speakers[p] == null) {
                speakers[p] = echo(p);
            }
        }
        for (int p = 0; p < pieces.size(); p++) {
            // only the sentences from the one the piece starts in to the one it ends in can overlap it
            for (int si = clusters.firstSentence(p); si <= clusters.lastSentence(p); si++) {
                if (sentences.get(si).span().overlaps(pieces.get(p).content())) {
                    statements.putIfAbsent(si, new Statement(si, speakers[p], true));
                }
            }
        }
        return speakers;
    }

    List<Statement> statements() {
        return statements.values().stream().sorted((a, b) -> Integer.compare(a.sentence(), b.sentence())).toList();
    }

    private void readCluster(int first, int last) {
        int from = sentences.get(first).span().start();
        int to = sentences.get(last).span().end();
        List<QuotePiece> inside = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        Span cluster = new Span(from, to);
        // pieces are disjoint and in reading order: the first that can overlap ends after from
        for (int p = clusters.firstPieceEndingAfter(from); p < pieces.size() && pieces.get(p).outer().start() < to; p++) {
            if (pieces.get(p).outer().overlaps(cluster) && speakers[p] == null) {
                inside.add(pieces.get(p));
                ids.add(p);
            }
        }
        List<Token> frame = SentenceFrame.of(text, from, to, inside);
        Ref subject = SentenceSubjects.sentenceSubject(frame);
        if (java.util.stream.IntStream.rangeClosed(first, last).anyMatch(k -> sentences.get(k).kind().isCompared())) {
            // a byline or a caption names no one a later "she said" points back at
            referents.noteMentions(frame, first, subject);
        }
        Speaker clusterSpeaker = null;
        // one mention is one resolution: the pieces around "he said" are credited alike, and the
        // first piece's speaker, once noted, must not make the second surer of the same guess
        Map<Span, Speaker> byMention = new HashMap<>();
        for (int k = 0; k < frame.size(); k++) {
            Token t = frame.get(k);
            if (t.kind() != Token.Kind.QUOTE || t.quote() < 0) {
                continue;
            }
            int id = ids.get(t.quote());
            if (speakers[id] != null) {
                continue;
            }
            QuotePiece piece = pieces.get(id);
            Speaker sp;
            if (piece.continuation() && id > 0 && speakers[id - 1] != null) {
                sp = speakers[id - 1];
                Speaker own = loose.speaker(frame, k, subject, first, last);
                if (own != null && own.isKnown() && own.cue() != null && sp.cue() == null && (!own.isResolved() || own.name().equals(sp.name()) || own.confidence() > sp.confidence())) {
                    // a paragraph left open and credited where the quote closes ("... every three
                    // hours. / "If it breaks, we could see a surge," Sandhu said.): the closing credit
                    // is the whole quote's, not a guess from the statement before it; a closing "she
                    // said" replaces only a weaker guess, since it may point at the person introduced there
                    sp = own;
                    speakers[id - 1] = own;
                }
            } else {
                sp = loose.speaker(frame, k, subject, first, last);
                boolean bare = bare(frame);
                if (sp == null && bare && !isSingleQuotedLine(piece)) {
                    sp = neighbours.introducedByColon(first);
                }
                if (sp == null && bare) {
                    sp = neighbours.creditedAfter(last);
                }
                if (sp == null && bare && !isSingleQuotedLine(piece)) {
                    sp = lastIndirect != null && lastIndirect.sentence() == first - 1
                            ? continued(lastIndirect.speaker(), "statement before", Math.min(0.7, lastIndirect.speaker().confidence()))
                            : inherit(id, first);
                }
            }
            Speaker issuer = documents.issuer(sp, first, this::creditedIn);
            sp = issuer != null ? issuer : sp;
            if (sp != null && sp.mention() != null) {
                Speaker earlier = byMention.putIfAbsent(sp.mention(), sp);
                sp = earlier != null ? earlier : sp;
            }
            if (sp != null) {
                framed[id] = true;
                speakers[id] = sp;
                // a weak guess ("quote before" across a paragraph that introduced someone else) is
                // no mention a later "she said" may point back at
                if (sp.isKnown() && (sp.isConfident() || !sp.isResolved())) {
                    referents.noteSpeaker(sp.name(), first, piece.outer().start());
                    clusterSpeaker = sp;
                }
            }
        }
        if (ids.isEmpty()) {
            Speaker indirect = clauses.indirect(frame, subject, first);
            if (indirect != null && indirect.isKnown()) {
                for (int s = first; s <= last; s++) {
                    statements.put(s, new Statement(s, indirect, false));
                }
                lastIndirect = new Statement(last, indirect, false);
                referents.noteSpeaker(indirect.name(), first, from);
            }
        } else if (clusterSpeaker == null && subject != null) {
            Speaker who = referents.resolve(subject, first, subject.start(), 0.9);
            if (who != null) {
                referents.noteSpeaker(who.name(), first, from);
            }
        }
    }

    /** Words that may open a sentence of quoted speech without a clause of their own: "But "..."". */
    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("but", "and", "yet", "still", "so", "also", "or");

    /** Whether the sentence outside its quotes says nothing, or only joins on: "But "Trump's candidacy is ..."". */
    private static boolean bare(List<Token> frame) {
        List<Token> words = frame.stream().filter(Token::isWord).toList();
        return words.isEmpty() || words.size() == 1 && frame.get(0) == words.get(0) && CONNECTIVES.contains(words.get(0).lower());
    }

    /** The one speaker credited confidently in sentence {@code sentence} so far (by its quotes or as a statement), else null. */
    private Speaker creditedIn(int sentence) {
        Speaker found = null;
        for (int p = 0; p < pieces.size(); p++) {
            Speaker sp = speakers[p];
            if (sp == null || !sp.isConfident() || clusters.firstSentence(p) > sentence || clusters.lastSentence(p) < sentence) {
                continue;
            }
            if (found != null && !found.name().equals(sp.name())) {
                return null;
            }
            found = found == null ? sp : found;
        }
        Statement said = statements.get(sentence);
        if (said != null && said.speaker().isConfident()) {
            if (found != null && !found.name().equals(said.speaker().name())) {
                return null;
            }
            found = found == null ? said.speaker() : found;
        }
        return found;
    }

    /** A whole line in single marks is a headline or cross-head, not a paragraph of continuing speech. */
    private boolean isSingleQuotedLine(QuotePiece piece) {
        return QuoteMarks.isSingle(text.charAt(piece.outer().start()));
    }

    private Speaker inherit(int id, int sentence) {
        for (int p = id - 1; p >= 0; p--) {
            if (speakers[p] != null && speakers[p].isKnown()) {
                int ps = clusters.sentenceOf(pieces.get(p).content().start());
                int from = pieces.get(p).outer().end();
                int to = pieces.get(id).outer().start();
                boolean sameParagraph = from <= to && text.substring(from, to).indexOf('\n') < 0;
                // a quote paragraph right after the paragraph whose last sentence credits a quote goes on with that speaker
                boolean nextParagraph = !sameParagraph && clusters.lastSentence(p) == sentence - 1;
                double conf = sameParagraph ? 0.8 : nextParagraph ? 0.7 : 0.35;
                return sentence - ps <= 4 ? continued(speakers[p], "quote before", Math.min(conf, speakers[p].confidence())) : null;
            }
        }
        return null;
    }

    /** A quote without reporting clause that repeats words of an attributed quote (headlines, cross-heads). */
    private Speaker echo(int id) {
        List<String> words = QuoteWords.of(pieces.get(id).content().of(text));
        Speaker best = Speaker.unknown();
        double bestOverlap = 0.6;
        for (int p = 0; p < pieces.size(); p++) {
            if (p == id || speakers[p] == null || !speakers[p].isConfident() || !framed[p] || words.isEmpty()) {
                continue;
            }
            List<String> other = QuoteWords.of(pieces.get(p).content().of(text));
            double overlap = words.stream().filter(other::contains).count() / (double) words.size();
            if (overlap >= bestOverlap) {
                bestOverlap = overlap;
                best = continued(speakers[p], "quote it repeats", 0.5);
            }
        }
        return best;
    }

    /** The speaker of an earlier quote or statement, credited to a quote that has no clause of its own. */
    private static Speaker continued(Speaker earlier, String link, double confidence) {
        String rest = earlier.chain() != null ? earlier.chain() : earlier.name();
        return new Speaker(earlier.name(), confidence, null, earlier.mention(), link + " \u2192 " + rest);
    }
}
