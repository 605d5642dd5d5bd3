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
import org.crosscheck.text.sense.WordSenses;

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
    private final PersonIndex index;
    private final Organisations organisations;
    private final Referents referents;
    private final QuoteClusters clusters;
    private final ClauseReader clauses;
    private final NeighbourClauses neighbours;
    private final Speaker[] speakers;
    private final boolean[] framed;
    private final Map<Integer, Statement> statements = new LinkedHashMap<>();
    private Statement lastIndirect;

    SpeakerResolver(String text, List<Sentence> sentences, List<QuotePiece> pieces, PersonIndex index, Organisations organisations) {
        this.text = text;
        this.sentences = sentences;
        this.pieces = pieces;
        this.index = index;
        this.organisations = organisations;
        this.referents = new Referents(text, index);
        this.clusters = new QuoteClusters(sentences, pieces);
        this.clauses = new ClauseReader(text, sentences, index, organisations, referents, clusters);
        this.neighbours = new NeighbourClauses(text, sentences, index, referents);
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
        referents.noteMentions(frame, first, subject);
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
            } else {
                sp = clauses.clause(frame, k, subject, first);
                if (sp == null) {
                    Ref named = Phrases.beforeColon(frame, k, index);
                    sp = named == null ? null : ClauseReader.cue(referents.resolve(named, first, named.start(), 0.85), named.start(), frame.get(k - 1).end());
                }
                if (sp == null && k >= 2 && frame.get(k - 1).isSymbol(":") && subject != null && !(subject instanceof Ref.Other)
                        && subject.end() <= frame.get(k - 1).start() && wordsBetween(frame, subject.end(), k - 1) <= 4) {
                    // "Kasich resisted: ...": a quote a colon introduces is the words of the clause's subject
                    Speaker who = referents.resolve(subject, first, subject.start(), 0.8);
                    sp = who == null ? null : ClauseReader.cue(who.withConfidence(Math.min(0.8, who.confidence())), subject.start(), frame.get(k - 1).end());
                }
                if (sp == null && subject != null && !(subject instanceof Ref.Role) && subject.end() <= frame.get(k).start()
                        && endsLikeProse(last)) {
                    // a partial quote after some other verb: "X called the plan "a disaster"" (a guess, so not confident)
                    Speaker guess = referents.resolve(subject, first, subject.start(), 0.6);
                    sp = guess == null ? null : guess.withConfidence(Math.min(0.6, guess.confidence())).withCue(null);
                }
                if (sp == null && subject == null && endsLikeProse(last) && !clauses.isHeadline(first)) {
                    // "The Post responded with a piece entitled "...": an organisation opening the sentence
                    Span opener = organisations.phraseAt(frame, 0);
                    Token verb = opener == null ? null : Organisations.after(frame, opener);
                    boolean finite = verb != null && verb.isWord() && !verb.isCapitalised()
                            && (verb.lower().endsWith("ed") || verb.lower().endsWith("s"))
                            && WordSenses.shared().canBeVerb(verb.lower());
                    sp = finite && opener.end() < frame.get(k).start() ? organisations.speaker(opener, 0.6) : null;
                }
                if (sp == null && frame.stream().noneMatch(Token::isWord) && !isSingleQuotedLine(piece)) {
                    sp = neighbours.introducedByColon(first);
                }
                if (sp == null && frame.stream().noneMatch(Token::isWord)) {
                    sp = neighbours.creditedAfter(last);
                }
                if (sp == null && frame.stream().noneMatch(Token::isWord) && !isSingleQuotedLine(piece)) {
                    sp = lastIndirect != null && lastIndirect.sentence() == first - 1
                            ? continued(lastIndirect.speaker(), "statement before", Math.min(0.7, lastIndirect.speaker().confidence()))
                            : inherit(id, first);
                }
            }
            if (sp != null && sp.mention() != null) {
                Speaker earlier = byMention.putIfAbsent(sp.mention(), sp);
                sp = earlier != null ? earlier : sp;
            }
            if (sp != null) {
                framed[id] = true;
                speakers[id] = sp;
                if (sp.isKnown()) {
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

    /** How many words of the frame lie between offset {@code from} and the token at {@code to}. */
    private static int wordsBetween(List<Token> f, int from, int to) {
        int n = 0;
        for (int k = 0; k < to; k++) {
            if (f.get(k).start() >= from && f.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** Whether the cluster ends with a full stop, as body text does and headlines do not. */
    private boolean endsLikeProse(int last) {
        String t = sentences.get(last).span().of(text).strip().replaceAll("[\"\u201D'\u2019)]+$", "");
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
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
                double conf = sameParagraph ? 0.75 : nextParagraph ? 0.7 : 0.55;
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
                best = continued(speakers[p], "quote it repeats", 0.6);
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
