package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.text.sense.WordSenses;

/**
 * Credits quote pieces and sentences to speakers, reading one cluster of sentences at a time (a
 * cluster is a run of sentences joined by a quote that crosses their boundary).
 */
final class SpeakerResolver {

    private final String text;
    private final List<Sentence> sentences;
    private final List<QuotePiece> pieces;
    private final PersonIndex index;
    private final Organisations organisations;
    private final Referents referents;
    private final Speaker[] speakers;
    private final boolean[] framed;
    private final int[] firstSentence;
    private final int[] lastSentence;
    private final Map<Integer, Statement> statements = new LinkedHashMap<>();
    private Statement lastIndirect;

    SpeakerResolver(String text, List<Sentence> sentences, List<QuotePiece> pieces, PersonIndex index, Organisations organisations) {
        this.text = text;
        this.organisations = organisations;
        this.sentences = sentences;
        this.pieces = pieces;
        this.index = index;
        this.referents = new Referents(text, index);
        this.speakers = new Speaker[pieces.size()];
        this.framed = new boolean[pieces.size()];
        // Computed once: clusterEnd runs per cluster, and rescanning here made long texts cubic.
        this.firstSentence = new int[pieces.size()];
        this.lastSentence = new int[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            firstSentence[p] = sentenceOf(pieces.get(p).content().start());
            lastSentence[p] = sentenceOf(pieces.get(p).content().end() - 1);
        }
    }

    /** Speakers of the pieces (same order) and statements by sentence. */
    Speaker[] resolve() {
        int s = 0;
        while (s < sentences.size()) {
            int last = clusterEnd(s);
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
            for (int si = firstSentence[p]; si <= lastSentence[p]; si++) {
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

    private int clusterEnd(int s) {
        int last = s;
        // pieces are in reading order, so their first sentences never decrease: start at the first
        // piece in sentence s and stop at the first piece past the cluster
        for (int p = firstPieceFrom(s); p < pieces.size() && firstSentence[p] <= last; p++) {
            if (lastSentence[p] > last) {
                last = lastSentence[p];
            }
        }
        return last;
    }

    /** The first piece whose first sentence is at or after {@code sentence}. */
    private int firstPieceFrom(int sentence) {
        int low = 0;
        int high = pieces.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (firstSentence[mid] < sentence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The last sentence starting at or before {@code offset} (sentences are in text order), else 0. */
    int sentenceOf(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        int best = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                best = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    private int firstPieceEndingAfter(int offset) {
        int low = 0;
        int high = pieces.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pieces.get(mid).outer().end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void readCluster(int first, int last) {
        int from = sentences.get(first).span().start();
        int to = sentences.get(last).span().end();
        List<QuotePiece> inside = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        Span cluster = new Span(from, to);
        // pieces are disjoint and in reading order: the first that can overlap ends after from
        for (int p = firstPieceEndingAfter(from); p < pieces.size() && pieces.get(p).outer().start() < to; p++) {
            if (pieces.get(p).outer().overlaps(cluster) && speakers[p] == null) {
                inside.add(pieces.get(p));
                ids.add(p);
            }
        }
        List<Token> frame = Tokenizer.frame(text, from, to, inside);
        Ref subject = Phrases.sentenceSubject(frame);
        referents.noteMentions(frame, first, subject);
        Speaker clusterSpeaker = null;
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
                sp = clause(frame, k, subject, first);
                if (sp == null) {
                    Ref named = Phrases.beforeColon(frame, k, index);
                    sp = named == null ? null : cue(referents.resolve(named, first, named.start(), 0.85), named.start(), frame.get(k - 1).end());
                }
                if (sp == null && k >= 2 && frame.get(k - 1).isPunct(":") && subject != null && !(subject instanceof Ref.Other)
                        && subject.end() <= frame.get(k - 1).start() && wordsBetween(frame, subject.end(), k - 1) <= 4) {
                    // "Kasich resisted: ...": a quote a colon introduces is the words of the clause's subject
                    Speaker who = referents.resolve(subject, first, subject.start(), 0.8);
                    sp = who == null ? null : cue(who.withConfidence(Math.min(0.8, who.confidence())), subject.start(), frame.get(k - 1).end());
                }
                if (sp == null && subject != null && !(subject instanceof Ref.Role) && subject.end() <= frame.get(k).start()
                        && endsLikeProse(last)) {
                    // a partial quote after some other verb: "X called the plan "a disaster"" (a guess, so not confident)
                    Speaker guess = referents.resolve(subject, first, subject.start(), 0.6);
                    sp = guess == null ? null : guess.withConfidence(Math.min(0.6, guess.confidence())).withCue(null);
                }
                if (sp == null && subject == null && endsLikeProse(last) && !isHeadline(first)) {
                    // "The Post responded with a piece entitled "...": an organisation opening the sentence
                    Span opener = organisations.phraseAt(frame, 0);
                    Token verb = opener == null ? null : Organisations.after(frame, opener);
                    boolean finite = verb != null && verb.isWord() && !verb.isCapitalised()
                            && (verb.lower().endsWith("ed") || verb.lower().endsWith("s"))
                            && WordSenses.shared().canBeVerb(verb.lower());
                    sp = finite && opener.end() < frame.get(k).start() ? organisations.speaker(opener, 0.6) : null;
                }
                if (sp == null && frame.stream().noneMatch(Token::isWord) && !isSingleQuotedLine(piece)) {
                    sp = introducedByColon(first);
                }
                if (sp == null && frame.stream().noneMatch(Token::isWord)) {
                    sp = creditedAfter(last);
                }
                if (sp == null && frame.stream().noneMatch(Token::isWord) && !isSingleQuotedLine(piece)) {
                    sp = lastIndirect != null && lastIndirect.sentence() == first - 1
                            ? continued(lastIndirect.speaker(), "statement before", Math.min(0.7, lastIndirect.speaker().confidence()))
                            : inherit(id, first);
                }
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
            Speaker indirect = indirect(frame, subject, first);
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

    /** The speaker a reporting clause in the frame names for the quote token at {@code q}. */
    private Speaker clause(List<Token> f, int q, Ref subject, int sentence) {
        for (int k = 0; k + 1 < f.size(); k++) {
            if (f.get(k).lower().equals("according") && f.get(k + 1).lower().equals("to")) {
                Ref r = Phrases.accordingTo(f, k, index);
                if (r != null) {
                    return cue(referents.resolve(r, sentence, r.start(), 0.95), f.get(k).start(), r.end());
                }
                Speaker org = organisation(k + 2 < f.size() ? organisations.phraseAt(f, k + 2) : null, f.get(k).start(), 0.85);
                if (org != null) {
                    return org;
                }
            }
        }
        int nearest = -1;
        for (int k = q - 1; k >= 0; k--) {
            if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k)) {
                // "she urged people to add exercises that '...'": the nearest verb may have no subject of its own
                boolean infinitive = k > 0 && f.get(k - 1).lower().equals("to")
                        && Phrases.subjectBefore(f, k, index) == null;
                if (!infinitive) {
                    return fromVerb(f, k, subject, sentence, true);
                }
                nearest = nearest < 0 ? k : nearest;
            }
        }
        if (nearest >= 0) {
            return fromVerb(f, nearest, subject, sentence, true);
        }
        Speaker framing = framingVerbAfter(f, q, sentence);
        if (framing != null) {
            return framing;
        }
        for (int k = q + 1; k < f.size(); k++) {
            if (f.get(k).kind() == Token.Kind.QUOTE) {
                break;
            }
            if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k)) {
                // "... as "a leader" but described ...", "... of "values," saying ...": a participle or a
                // coordinated verb after the quote shares the clause's subject
                Token v = f.get(k);
                boolean shares = v.lower().endsWith("ing") || k > 0 && Set.of("and", "but").contains(f.get(k - 1).lower());
                Speaker sp = fromVerb(f, k, subject, sentence, shares);
                return sp.isKnown() ? sp : null;
            }
        }
        return null;
    }

    /**
     * The speaker of the reporting verb at {@code verb}. Only a verb before the quote may borrow
     * the sentence subject ("X distanced Russia, telling Sky News: ..."); a verb after the quote
     * names its own subject ("..., says US"), even when that is no person.
     */
    private Speaker fromVerb(List<Token> f, int verb, Ref subject, int sentence, boolean mayBorrowSubject) {
        Token v = f.get(verb);
        Ref r = Phrases.subjectBefore(f, verb, index);
        if (r == null) {
            r = Phrases.subjectAfter(f, verb, index);
        }
        if (r != null) {
            Speaker sp = referents.resolve(r, sentence, r.start(), 0.95);
            return cue(sp, Math.min(r.start(), v.start()), Math.max(r.end(), v.end()));
        }
        Span org = organisations.subjectBefore(f, verb);
        if (org == null && Phrases.isInverting(v) && verb + 1 < f.size() && verb > 0
                && (f.get(verb - 1).isPunct(",") || f.get(verb - 1).kind() == Token.Kind.QUOTE)) {
            org = organisations.phraseAt(f, verb + 1);
        }
        if (org != null) {
            Speaker o = organisation(org, v.start(), 0.85);
            if (o != null) {
                return o;
            }
        }
        if (Phrases.hasOwnSubject(f, verb)) {
            // "..., his campaign said": the verb has a subject of its own that names no person, so
            // the sentence's subject is not the speaker
            return Speaker.unknown();
        }
        if (mayBorrowSubject && subject != null && subject.start() < v.start()) {
            return cue(referents.resolve(subject, sentence, subject.start(), 0.9), v.start(), v.end());
        }
        if (v.lower().endsWith("ing") || coordinated(f, verb)) {
            // "..., Cruz said, adding: ...": a participle speaks for the clause it hangs on, and
            // "he said ..., and then predicted: ..." a coordinated verb for the subject of the first
            for (int k = verb - 1; k >= 0; k--) {
                if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k) && !f.get(k).lower().endsWith("ing")) {
                    Speaker earlier = fromVerb(f, k, subject, sentence, mayBorrowSubject);
                    return earlier.isKnown() ? earlier.withConfidence(Math.min(0.9, earlier.confidence())) : earlier;
                }
            }
        }
        return Speaker.unknown();
    }

    /**
     * "'Go back to Univision,' Trump barked.": a quote that opens its sentence and stops on a comma
     * or a mark of exclamation or question, followed by a subject and a finite verb, is that
     * subject's, whatever the verb (a verb of speech the lexicon lacks: barked, fumed, shot back).
     */
    private Speaker framingVerbAfter(List<Token> f, int q, int sentence) {
        if (q != 0 && !(q == 1 && f.get(0).kind() == Token.Kind.PUNCT)) {
            return null;
        }
        int close = f.get(q).end() - 1;
        while (close > f.get(q).start() && (QuoteMarks.isDouble(text.charAt(close)) || QuoteMarks.isSingle(text.charAt(close)))) {
            close--;
        }
        if (",!?".indexOf(text.charAt(close)) < 0) {
            return null;
        }
        for (int k = q + 1; k < f.size() && k <= q + 6; k++) {
            Token t = f.get(k);
            if (!t.isWord()) {
                return null;
            }
            if (t.isCapitalised() || k == q + 1 && Phrases.pronounGender(t.lower()) != null) {
                continue;
            }
            if (k == q + 1) {
                return invertedVerbAfter(f, k, sentence);
            }
            String w = t.lower();
            boolean finite = w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss");
            if (!finite || !org.crosscheck.text.sense.WordSenses.shared().canBeVerb(w)) {
                return null;
            }
            Ref r = Phrases.subjectBefore(f, k, index);
            if (r == null || r instanceof Ref.Other || r.start() < f.get(q + 1).start()) {
                return null;
            }
            return cue(referents.resolve(r, sentence, r.start(), 0.9), r.start(), t.end());
        }
        return null;
    }

    /**
     * "'...,' mused Blaze co-host Stu Burguiere.": a finite verb right after the quote, followed by
     * a person and the end of the clause, is that person's, whatever the verb.
     */
    private Speaker invertedVerbAfter(List<Token> f, int verb, int sentence) {
        String w = f.get(verb).lower();
        boolean finite = w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss");
        if (!finite || !WordSenses.shared().canBeVerb(w)) {
            return null;
        }
        Ref r = Phrases.personAfter(f, verb, index);
        if (r == null) {
            return null;
        }
        int after = verb + 1;
        while (after < f.size() && f.get(after).start() < r.end()) {
            after++;
        }
        if (after < f.size() && !f.get(after).isPunct(",") && !f.get(after).isPunct(".")) {
            return null;
        }
        return cue(referents.resolve(r, sentence, r.start(), 0.9), f.get(verb).start(), r.end());
    }

    /** Whether the verb at {@code verb} is joined to an earlier clause by "and" or "but" ("and then predicted"). */
    private static boolean coordinated(List<Token> f, int verb) {
        int k = verb - 1;
        while (k >= 0 && f.get(k).isWord() && Phrases.SKIP.contains(f.get(k).lower())) {
            k--;
        }
        return k >= 0 && Set.of("and", "but").contains(f.get(k).lower());
    }

    private Speaker indirect(List<Token> f, Ref subject, int sentence) {
        for (int k = 0; k < f.size(); k++) {
            if (k + 1 < f.size() && f.get(k).lower().equals("according") && f.get(k + 1).lower().equals("to")) {
                Ref r = Phrases.accordingTo(f, k, index);
                if (r != null) {
                    return cue(referents.resolve(r, sentence, r.start(), 0.9), f.get(k).start(), r.end());
                }
                Speaker org = organisation(k + 2 < f.size() ? organisations.phraseAt(f, k + 2) : null, f.get(k).start(), 0.8);
                if (org != null) {
                    return org;
                }
            }
            if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k) && !f.get(k).lower().endsWith("ing")) {
                Speaker sp = fromVerb(f, k, subject, sentence, true);
                return sp.isKnown() ? sp.withConfidence(Math.max(0, sp.confidence() - 0.05)) : null;
            }
        }
        return null;
    }

    /**
     * The speaker of a quote standing alone after a sentence that ends in a colon ("Clinton
     * released the following statement:"): that sentence's subject, or null.
     */
    private Speaker introducedByColon(int sentence) {
        if (sentence == 0) {
            return null;
        }
        Span before = sentences.get(sentence - 1).span();
        String t = before.of(text).strip();
        if (!t.endsWith(":")) {
            return null;
        }
        List<Token> frame = Tokenizer.frame(text, before.start(), before.end(), List.of());
        if (frame.stream().anyMatch(tok -> tok.kind() == Token.Kind.QUOTE)) {
            return null;
        }
        Ref subject = Phrases.sentenceSubject(frame);
        if (subject == null || subject instanceof Ref.Other) {
            return null;
        }
        Speaker who = referents.resolve(subject, sentence - 1, subject.start(), 0.8);
        return who == null ? null : cue(who.withConfidence(Math.min(0.8, who.confidence())), subject.start(), subject.end());
    }

    /**
     * The speaker of a quote that ends its sentence ("...!", "...?") when the next sentence of the
     * same paragraph opens with the reporting clause ("Clinton said to People."), or null.
     */
    private Speaker creditedAfter(int sentence) {
        if (sentence + 1 >= sentences.size()) {
            return null;
        }
        Span here = sentences.get(sentence).span();
        Span next = sentences.get(sentence + 1).span();
        if (next.start() < here.end() || text.substring(here.end(), next.start()).indexOf('\n') >= 0) {
            return null;
        }
        List<Token> f = Tokenizer.frame(text, next.start(), next.end(), List.of());
        for (int k = 0; k < f.size() && k <= 8; k++) {
            Token t = f.get(k);
            if (t.kind() == Token.Kind.QUOTE || t.isPunct(",") && k > 0 && Phrases.subjectBefore(f, k, index) == null) {
                return null;
            }
            if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k)) {
                Ref r = k == 0 ? Phrases.subjectAfter(f, k, index) : Phrases.subjectBefore(f, k, index);
                if (r == null || r instanceof Ref.Other || r.start() < f.get(0).start()) {
                    return null;
                }
                Speaker sp = referents.resolve(r, sentence + 1, r.start(), 0.9);
                return sp == null || !sp.isKnown() ? null : cue(sp, Math.min(r.start(), t.start()), Math.max(r.end(), t.end()));
            }
        }
        return null;
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

    private boolean isHeadline(int sentence) {
        return sentences.get(sentence).kind() == org.crosscheck.model.SentenceKind.HEADLINE;
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
                int ps = sentenceOf(pieces.get(p).content().start());
                int from = pieces.get(p).outer().end();
                int to = pieces.get(id).outer().start();
                boolean sameParagraph = from <= to && text.substring(from, to).indexOf('\n') < 0;
                double conf = sameParagraph ? 0.75 : 0.55;
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

    /** An organisation as speaker, with the words from {@code from} to the mention as cue; null when there is none. */
    private Speaker organisation(Span org, int from, double confidence) {
        Speaker sp = org == null || isHeadline(sentenceOf(org.start())) ? null : organisations.speaker(org, confidence);
        return sp == null ? null : cue(sp, Math.min(from, org.start()), Math.max(from, org.end()));
    }

    private static Speaker cue(Speaker sp, int start, int end) {
        return sp == null ? Speaker.unknown() : sp.withCue(new Span(start, Math.max(start, end)));
    }

    /** The speaker of an earlier quote or statement, credited to a quote that has no clause of its own. */
    private static Speaker continued(Speaker earlier, String link, double confidence) {
        String rest = earlier.chain() != null ? earlier.chain() : earlier.name();
        return new Speaker(earlier.name(), confidence, null, earlier.mention(), link + " \u2192 " + rest);
    }
}
