package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Mention;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.quote.QuoteAnalyzer;

/**
 * ATTRIBUTION: the same quote, or the same reported statement, credited to different people.
 *
 * <p>Quotes are paired by their words wherever they stand; reported statements by the sentence
 * alignment. A side counts when its speaker is confident: named where the quote stands, or
 * reached through "he said", "the mayor said" or a continuing quote by a chain the resolver is
 * sure of. The finding shows the chain and its confidence is the product of both sides'. The
 * names must be names of a person or an organisation, never a place, and must not be forms of
 * one name. One misattributed utterance (a quote over several sentences, the same quote paired
 * both by its words and by the alignment) is one finding, on the sentence where the speaker stands.
 */
public final class AttributionDetector implements Detector {

    private static final double STATEMENT_SIMILARITY = 0.5;
    /** How many sentences before a resolved quote a rival for its pronoun or title may stand. */
    private static final int RIVAL_WINDOW = 6;
    /** The least product of both sides' confidences for a finding that rests on a resolved speaker. */
    private static final double CHAIN_CONFIDENT = 0.6;

    /** One quote or statement credited on both sides, before it is judged. */
    private record Candidate(int ls, Speaker lsp, int rs, Speaker rsp, String what, boolean sameWords) {

        /** How many sides are reached through a chain: the fewer, the surer. */
        int resolved() {
            return (lsp.isResolved() ? 1 : 0) + (rsp.isResolved() ? 1 : 0);
        }
    }

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<Candidate> candidates = new ArrayList<>();
        List<QuotePairs.Pair> pairs = QuotePairs.of(c.left(), c.right());
        // a quote is one saying: only its best partner counts, and never when words two people
        // both said ("not quite there yet") are also credited alike; but a quote split in the copy
        // is several sayings, so only partners that render the same words of it compete
        Map<QuotePairs.Pair, SharedWords> covered = new IdentityHashMap<>();
        for (QuotePairs.Pair p : pairs) {
            covered.put(p, SharedWords.of(c, p));
        }
        for (QuotePairs.Pair p : pairs) {
            if (p.sharedRun() < 3) {
                continue;
            }
            boolean beaten = false;
            for (QuotePairs.Pair q : pairs) {
                if (q != p && covered.get(p).overlaps(p, covered.get(q), q)
                        && (q.sharedRun() > p.sharedRun() || creditedAlike(q))) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten && !creditedAlike(p)) {
                candidates.add(new Candidate(p.left().sentence(), p.left().speaker(), p.right().sentence(), p.right().speaker(), "Quote",
                        p.relation() != QuotePairs.Relation.CHANGED));
            }
        }
        for (Alignment a : c.alignments()) {
            if (a.similarity() >= STATEMENT_SIMILARITY) {
                int l = a.left().sentence();
                int r = a.right().sentence();
                candidates.add(new Candidate(l, c.left().speakerOf(l), r, c.right().speakerOf(r), "Statement", true));
            }
        }
        // a name changed where it stands also moves every "he" that points back at it: the named
        // pair is the finding, the chains that follow from it are not findings of their own
        // a role ("the minister said") is held by whoever either source ties it to
        RoleHolders roles = new RoleHolders(c.left(), c.right());
        candidates.replaceAll(k -> new Candidate(k.ls(), roles.check(k.lsp(), true), k.rs(), roles.check(k.rsp(), false), k.what(),
                k.sameWords()));
        candidates.sort(java.util.Comparator.comparingInt(Candidate::resolved));
        List<Discrepancy> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate k : candidates) {
            report(c, k, seen, out);
        }
        return out;
    }

    private static boolean creditedAlike(QuotePairs.Pair p) {
        return p.left().speaker().isKnown() && p.right().speaker().isKnown()
                && Names.compatible(p.left().speaker().name(), p.right().speaker().name());
    }

    private static void report(Comparison c, Candidate k, Set<String> seen, List<Discrepancy> out) {
        int ls = k.ls();
        int rs = k.rs();
        Speaker lsp = k.lsp();
        Speaker rsp = k.rsp();
        String what = k.what();
        if (!lsp.isConfident() || !rsp.isConfident() || Names.compatible(lsp.name(), rsp.name())
                || oneVoice(c, lsp.name(), rsp.name()) || oneVoice(c, rsp.name(), lsp.name())) {
            return;
        }
        AnalyzedArticle left = c.left();
        AnalyzedArticle right = c.right();
        // a chain is trusted only when it is sure as a whole and the quotes are the same words;
        // "she said" on one side and "he said" on the other are two people whoever each one is
        double confidence = lsp.confidence() * rsp.confidence();
        boolean pronounsDiffer = k.resolved() == 2 && pronounsOfTwoGenders(left, lsp, right, rsp);
        if (k.resolved() > 0 && (confidence < CHAIN_CONFIDENT && !pronounsDiffer || !k.sameWords())) {
            return;
        }
        // a holder named only by the other source is that source's name for a person
        if (!isSpeakerName(RoleHolders.namedAcross(lsp) ? right : left, lsp) || !isSpeakerName(RoleHolders.namedAcross(rsp) ? left : right, rsp)) {
            return;
        }
        int lstand = standsIn(left, lsp, ls);
        int rstand = standsIn(right, rsp, rs);
        if (k.resolved() == 2) {
            // "he said" on both sides after one statement that names two people: the names
            // differ where each "he" was introduced, and the quote only follows from it
            int la = named(left, lsp.name(), lstand);
            int ra = named(right, rsp.name(), rstand);
            if (c.alignments().stream().anyMatch(a -> a.left().sentence() == la && a.right().sentence() == ra)) {
                lstand = la;
                rstand = ra;
            }
        }
        if (isHeadline(left, lstand) || isHeadline(right, rstand)) {
            return;
        }
        if (lsp.isResolved() && rivalCloser(left, lsp, rsp.name(), ls) || rsp.isResolved() && rivalCloser(right, rsp, lsp.name(), rs)) {
            return;
        }
        // a copy cut short credits the quote in the same words ("he said") but lost the paragraph
        // that named the speaker, so its "he" now points elsewhere; a copy that credits it in
        // other words ("she added" for "he said") moved the quote and is reported
        if (sameCredit(left, lsp, right, rsp)
                && (rsp.isResolved() && !hasCounterpart(c, true, named(left, lsp.name(), ls))
                        || lsp.isResolved() && !hasCounterpart(c, false, named(right, rsp.name(), rs)))) {
            return;
        }
        // paragraphs moved in the copy put another person before the same "he said": when every
        // person a chain reached stands, named alike, in the other source's counterpart of the
        // sentence that names them, no name was changed, only the order
        if (k.resolved() > 0 && sameCredit(left, lsp, right, rsp) && (!lsp.isResolved() || namedAlikeOpposite(c, true, lsp.name(), named(left, lsp.name(), ls)))
                && (!rsp.isResolved() || namedAlikeOpposite(c, false, rsp.name(), named(right, rsp.name(), rs)))) {
            return;
        }
        String names = "names:" + Names.key(lsp.name()) + "|" + Names.key(rsp.name());
        if (k.resolved() > 0 && seen.contains(names)) {
            return;
        }
        String lunit = unit(lsp, lstand);
        String runit = unit(rsp, rstand);
        if (!seen.add(lunit + "|" + runit) || !seen.add(names + "|" + runit)) {
            return;
        }
        seen.add(names);
        String summary = what + " credited to " + credit(left, lsp) + " in " + left.id() + " but to " + credit(right, rsp) + " in " + right.id();
        String explanation = lsp.isResolved() || rsp.isResolved()
                ? "The speakers are reached through the chains shown, each confident, and the names cannot be forms of one name."
                : "Both sources name the speaker where the quote stands, and the names cannot be forms of one name.";
        Finding f = new Finding(Severity.HIGH, summary, explanation, confidence,
                side(left, lstand, lsp), side(right, rstand, rsp));
        out.add(new Discrepancy.Attribution(f));
    }

    /**
     * Whether {@code organisation} names an organisation that either source gives {@code person}
     * a role in ("its chair, Koen Maes", "who chairs the federation"): the organisation speaks
     * through its people, so the two are one voice.
     */
    private static boolean oneVoice(Comparison c, String organisation, String person) {
        if (!isOrganisation(c.left(), organisation) && !isOrganisation(c.right(), organisation)) {
            return false;
        }
        return org.crosscheck.text.quote.Affiliations.speaksFor(c.left().article().text(), person, organisation)
                || org.crosscheck.text.quote.Affiliations.speaksFor(c.right().article().text(), person, organisation);
    }

    /** Whether one side's speaker is reached through "he" and the other's through "she". */
    private static boolean pronounsOfTwoGenders(AnalyzedArticle left, Speaker lsp, AnalyzedArticle right, Speaker rsp) {
        String l = lsp.mention() == null ? "" : words(left, lsp.mention());
        String r = rsp.mention() == null ? "" : words(right, rsp.mention());
        return l.equals("he") && r.equals("she") || l.equals("she") && r.equals("he");
    }

    /** Whether the article writes {@code name} as an organisation's (or an unclassed name's), never as a person's. */
    private static boolean isOrganisation(AnalyzedArticle article, String name) {
        return !QuoteAnalyzer.startsWithGivenName(name)
                && article.mentions().stream().anyMatch(m -> (m.kind() == Mention.Kind.ORGANISATION || m.kind() == Mention.Kind.OTHER)
                        && Names.compatible(m.text(), name))
                && article.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.PERSON && Names.compatible(m.text(), name));
    }

    private static org.crosscheck.model.Evidence side(AnalyzedArticle article, int sentence, Speaker sp) {
        Span highlight = sp.cue() != null && article.sentence(sentence).span().contains(sp.cue()) ? sp.cue() : null;
        return Findings.side(article, sentence, sp.name(), highlight).withChain(sp.chain());
    }

    /** What one utterance's speaker is identified by: the mention it was linked to, else its sentence. */
    private static String unit(Speaker sp, int sentence) {
        Span m = sp.mention() != null ? sp.mention() : sp.cue();
        return m != null ? "m" + m.start() : "s" + sentence;
    }

    /**
     * The sentence where the speaker stands: the one holding the reporting clause, when that is
     * within the quote's own stretch of text, else the quote's sentence.
     */
    private static int standsIn(AnalyzedArticle article, Speaker sp, int sentence) {
        // a continued quote has no reporting clause of its own: the mention it was linked to ("he" in
        // '"We were lucky," he said.') is where its speaker stands
        Span at = sp.cue() != null ? sp.cue() : sp.mention();
        if (at == null) {
            return sentence;
        }
        for (int s = Math.max(0, sentence - 2); s <= Math.min(article.sentences().size() - 1, sentence + 2); s++) {
            if (article.sentence(s).span().contains(new Span(at.start(), at.start()))) {
                return s;
            }
        }
        return sentence;
    }

    /** Whether the sentence of the left (or right) source is aligned with a sentence of the other. */
    /** The nearest sentence at or before {@code sentence}, within the pronoun window, that names {@code name}. */
    private static boolean hasCounterpart(Comparison c, boolean left, int sentence) {
        return c.alignments().stream().anyMatch(a -> (left ? a.left().sentence() : a.right().sentence()) == sentence);
    }

    /** Whether the other source's counterpart of {@code sentence} (of the left source when {@code left}) names {@code name} too. */
    private static boolean namedAlikeOpposite(Comparison c, boolean left, String name, int sentence) {
        return c.alignments().stream().anyMatch(a -> left
                ? a.left().sentence() == sentence && mentions(c.right(), name, a.right().sentence())
                : a.right().sentence() == sentence && mentions(c.left(), name, a.left().sentence()));
    }

    /** Whether both sides credit the quote in the same words: the same cue, or the same mention when no cue is known. */
    private static boolean sameCredit(AnalyzedArticle left, Speaker lsp, AnalyzedArticle right, Speaker rsp) {
        Span l = lsp.cue() != null && rsp.cue() != null ? lsp.cue() : lsp.mention();
        Span r = lsp.cue() != null && rsp.cue() != null ? rsp.cue() : rsp.mention();
        return l != null && r != null && words(left, l).equals(words(right, r));
    }

    private static String words(AnalyzedArticle article, Span span) {
        return article.article().text().substring(span.start(), span.end()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int named(AnalyzedArticle article, String name, int sentence) {
        int at = nearestNaming(article, name, sentence);
        return at < 0 ? sentence : at;
    }

    private static int nearestNaming(AnalyzedArticle article, String name, int sentence) {
        for (int s = sentence; s >= Math.max(0, sentence - RIVAL_WINDOW); s--) {
            if (mentions(article, name, s)) {
                return s;
            }
        }
        return -1;
    }

    /**
     * Whether the other side's speaker is named at least as close before a resolved quote as the
     * person its "he" was resolved to: then the other reading is as near at hand. A role ("the
     * chief public health officer") points at whoever holds it, not at whoever was named last: a
     * rival named closer counts only when it is written with that role.
     */
    private static boolean rivalCloser(AnalyzedArticle article, Speaker own, String rival, int sentence) {
        int rivalAt = nearestNaming(article, rival, sentence);
        if (rivalAt < 0 || rivalAt < nearestNaming(article, own.name(), sentence)) {
            return false;
        }
        String role = roleHead(article, own);
        return role == null || java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(role) + "\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(article.sentence(rivalAt).text()).find();
    }

    private static final java.util.regex.Pattern ARTICLE_BEFORE = java.util.regex.Pattern.compile("(?i)\\b(the|a|an)\\s+$");

    /**
     * How the article credits the speaker, for the summary: the name, or the role as written with
     * the name it was resolved to ("the minister (Hildur Bjarnadottir)"), as an editor reads it.
     */
    private static String credit(AnalyzedArticle article, Speaker sp) {
        if (!sp.isResolved() || roleHead(article, sp) == null) {
            return sp.name();
        }
        String text = article.article().text();
        int start = sp.mention().start();
        java.util.regex.Matcher det = ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 5), start));
        String role = (det.find() ? det.group().toLowerCase(java.util.Locale.ROOT) : "") + text.substring(start, sp.mention().end()).strip();
        return role + " (" + sp.name() + ")";
    }

    /** The role noun a speaker was reached through ("officer" in "the chief public health officer"), or null for a pronoun or a name. */
    private static String roleHead(AnalyzedArticle article, Speaker sp) {
        if (sp.mention() == null) {
            return null;
        }
        String written = article.article().text().substring(sp.mention().start(), sp.mention().end()).strip();
        String[] words = written.split("\\s+");
        String head = words[words.length - 1];
        boolean lower = !head.isEmpty() && head.chars().allMatch(Character::isLetter) && Character.isLowerCase(head.charAt(0));
        // "the minister" may be linked by its noun alone ("minister"): a lower-case word that is no pronoun is a role
        return lower && !Set.of("he", "she", "they", "it", "him", "her", "them").contains(head) ? head : null;
    }

    /** Whether the sentence names {@code name}: a mention of it, or its last word written as a word. */
    private static boolean mentions(AnalyzedArticle article, String name, int sentence) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        return article.mentionsIn(sentence).stream().anyMatch(m -> m.kind() != Mention.Kind.TITLE && m.kind() != Mention.Kind.DATE
                && Names.compatible(m.text(), name))
                || last.length() > 2 && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(last) + "\\b")
                        .matcher(article.sentence(sentence).text()).find();
    }

    private static boolean isHeadline(AnalyzedArticle article, int sentence) {
        return article.sentence(sentence).kind() == SentenceKind.HEADLINE;
    }

    /**
     * Whether the article writes the speaker as the name of a person or an organisation:
     * "Detectives said" credits a group, and a place never speaks.
     */
    private static boolean isSpeakerName(AnalyzedArticle article, Speaker sp) {
        String speaker = sp.name();
        if (Names.isKnownPlace(speaker)) {
            return false;
        }
        // the entity tagger may call a person a place in one mention ("Mike Pence"), so a name
        // written in place is trusted; but what a "he" is resolved to must be no place
        boolean place = article.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.PLACE && Names.key(m.text()).equals(Names.key(speaker)));
        if (place && sp.isResolved() && !QuoteAnalyzer.startsWithGivenName(speaker)
                && article.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.PERSON && Names.compatible(m.text(), speaker))) {
            return false;
        }
        return article.mentions().stream().anyMatch(m -> Names.compatible(m.text(), speaker)
                && m.kind() != Mention.Kind.TITLE && m.kind() != Mention.Kind.DATE && m.kind() != Mention.Kind.PLACE);
    }
}
