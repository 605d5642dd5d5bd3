package org.crosscheck.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Mention;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.quote.QuoteAnalyzer;

/**
 * What the ATTRIBUTION check asks of a speaker and the article that credits it: whether the name
 * is a person's or an organisation's, where the article names it, whether a rival stands closer,
 * how the article writes the credit ("the minister (Hildur Bjarnadottir)"), and whether two
 * names are one voice.
 */
final class SpeakerChecks {

    /** How many sentences before a resolved quote a rival for its pronoun or title may stand. */
    static final int RIVAL_WINDOW = 6;

    private static final java.util.regex.Pattern ARTICLE_BEFORE = java.util.regex.Pattern.compile("(?i)\\b(the|a|an)\\s+$");

    private SpeakerChecks() {
    }

    /**
     * Whether {@code organisation} names an organisation that either source gives {@code person}
     * a role in ("its chair, Koen Maes", "who chairs the federation"): the organisation speaks
     * through its people, so the two are one voice.
     */
    static boolean oneVoice(Comparison c, String organisation, String person) {
        if (!isOrganisation(c.left(), organisation) && !isOrganisation(c.right(), organisation)) {
            return false;
        }
        return org.crosscheck.text.quote.Affiliations.speaksFor(c.left().article().text(), person, organisation)
                || org.crosscheck.text.quote.Affiliations.speaksFor(c.right().article().text(), person, organisation);
    }

    /** Whether one side's speaker is reached through "he" and the other's through "she". */
    static boolean pronounsOfTwoGenders(AnalyzedArticle left, Speaker lsp, AnalyzedArticle right, Speaker rsp) {
        String l = lsp.mention() == null ? "" : words(left, lsp.mention());
        String r = rsp.mention() == null ? "" : words(right, rsp.mention());
        return l.equals("he") && r.equals("she") || l.equals("she") && r.equals("he");
    }

    /**
     * Whether the article writes {@code name} as an organisation's (or an unclassed name's), never as
     * a person's: neither as a person's mention nor after an office, whether the extractor kept the
     * office in the mention ("Public Works Minister Carolina Fuentes") or not ("the regional
     * governor, Patricio Leiva"): an office names a person whatever the given name.
     */
    static boolean isOrganisation(AnalyzedArticle article, String name) {
        return !QuoteAnalyzer.startsWithGivenName(name)
                && article.mentions().stream().anyMatch(m -> (m.kind() == Mention.Kind.ORGANISATION || m.kind() == Mention.Kind.OTHER)
                        && Names.compatible(m.text(), name))
                && article.mentions().stream().noneMatch(m -> Names.compatible(m.text(), name)
                        && (m.kind() == Mention.Kind.PERSON || titled(m.text(), name) || afterOffice(article.article().text(), m.span())));
    }

    /** Whether the word before {@code mention}, past a comma, names an office: "the regional governor, Patricio Leiva". */
    private static boolean afterOffice(String text, org.crosscheck.model.Span mention) {
        int e = mention.start();
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ',')) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e && Character.isLowerCase(text.charAt(b)) && Names.hasTitleWord(text.substring(b, e));
    }

    /** Whether {@code written} is {@code name} after words that hold an office: "Public Works Minister Carolina Fuentes". */
    static boolean titled(String written, String name) {
        String w = written.strip();
        String n = name.strip();
        if (w.length() <= n.length() || !w.regionMatches(true, w.length() - n.length(), n, 0, n.length())
                || w.charAt(w.length() - n.length() - 1) != ' ' || Names.hasTitleWord(n)) {
            return false;
        }
        return Names.hasTitleWord(w.substring(0, w.length() - n.length()));
    }

    /** Whether the sentence of the left (or right) source is aligned with a sentence of the other. */
    static boolean hasCounterpart(Comparison c, boolean left, int sentence) {
        return c.alignments().stream().anyMatch(a -> (left ? a.left().sentence() : a.right().sentence()) == sentence);
    }

    /** Whether the other source's counterpart of {@code sentence} (of the left source when {@code left}) names {@code name} too. */
    static boolean namedAlikeOpposite(Comparison c, boolean left, String name, int sentence) {
        return c.alignments().stream().anyMatch(a -> left
                ? a.left().sentence() == sentence && mentions(c.right(), name, a.right().sentence())
                : a.right().sentence() == sentence && mentions(c.left(), name, a.left().sentence()));
    }

    /** Whether both sides credit the quote in the same words: the same cue, or the same mention when no cue is known. */
    static boolean sameCredit(AnalyzedArticle left, Speaker lsp, AnalyzedArticle right, Speaker rsp) {
        Span l = lsp.cue() != null && rsp.cue() != null ? lsp.cue() : lsp.mention();
        Span r = lsp.cue() != null && rsp.cue() != null ? rsp.cue() : rsp.mention();
        return l != null && r != null && words(left, l).equals(words(right, r));
    }

    static String words(AnalyzedArticle article, Span span) {
        return article.article().text().substring(span.start(), span.end()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static int named(AnalyzedArticle article, String name, int sentence) {
        int at = nearestNaming(article, name, sentence);
        return at < 0 ? sentence : at;
    }

    /** The nearest sentence at or before {@code sentence}, within the pronoun window, that names {@code name}. */
    static int nearestNaming(AnalyzedArticle article, String name, int sentence) {
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
    static boolean rivalCloser(AnalyzedArticle article, Speaker own, String rival, int sentence) {
        int rivalAt = nearestNaming(article, rival, sentence);
        if (rivalAt < 0 || rivalAt < nearestNaming(article, own.name(), sentence)) {
            return false;
        }
        String role = roleHead(article, own);
        return role == null || java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(role) + "\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(article.sentence(rivalAt).text()).find();
    }

    /**
     * How the article credits the speaker, for the summary: the name, or the role as written with
     * the name it was resolved to ("the minister (Hildur Bjarnadottir)"), as an editor reads it.
     */
    static String credit(AnalyzedArticle article, Speaker sp) {
        boolean nominal = RoleCredits.isNominal(sp);
        if (!sp.isResolved() && !nominal || roleHead(article, sp) == null) {
            return sp.name();
        }
        String text = article.article().text();
        int start = sp.mention().start();
        java.util.regex.Matcher det = ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 5), start));
        String role = (det.find() ? det.group().toLowerCase(java.util.Locale.ROOT) : "") + text.substring(start, sp.mention().end()).strip();
        return role + (nominal ? " (not named)" : " (" + sp.name() + ")");
    }

    /** The role noun a speaker was reached through ("officer" in "the chief public health officer"), or null for a pronoun or a name. */
    static String roleHead(AnalyzedArticle article, Speaker sp) {
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
    static boolean mentions(AnalyzedArticle article, String name, int sentence) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        return article.mentionsIn(sentence).stream().anyMatch(m -> m.kind() != Mention.Kind.TITLE && m.kind() != Mention.Kind.DATE
                && Names.compatible(m.text(), name))
                || last.length() > 2 && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(last) + "\\b")
                        .matcher(article.sentence(sentence).text()).find();
    }

    static boolean isHeadline(AnalyzedArticle article, int sentence) {
        return article.sentence(sentence).kind() == SentenceKind.HEADLINE;
    }

    /**
     * Whether the article writes the speaker as the name of a person or an organisation:
     * "Detectives said" credits a group, and a place never speaks.
     */
    static boolean isSpeakerName(AnalyzedArticle article, Speaker sp) {
        String speaker = sp.name();
        if (Names.isKnownPlace(speaker) || demonym(speaker)) {
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

    /**
     * Whether the speaker is written as one nationality word ("the Chilean said"): a description of
     * a person, as "the 27-year-old" is, and no name to set against another.
     */
    private static boolean demonym(String speaker) {
        org.crosscheck.text.sense.WordSenses senses = org.crosscheck.text.sense.WordSenses.shared();
        return !speaker.strip().contains(" ") && !senses.nationOf(speaker.strip()).isEmpty() && !senses.isPlaceName(speaker.strip());
    }

    /**
     * Whether a statement's own sentence credits it to a person by a verb of saying ("X said",
     * "according to X").
     */
    static boolean creditedInPlace(Comparison c, AnalyzedArticle article, int s, Speaker sp) {
        if (!sp.isKnown() || sp.cue() == null || !article.sentence(s).span().contains(sp.cue())) {
            return false;
        }
        return Arrays.stream(words(article, sp.cue()).split("\\s+")).anyMatch(w -> w.equals("according") || QuoteAnalyzer.isReportingVerb(w))
                && isPersonName(c, sp.name());
    }

    /**
     * Whether the sources write {@code name} as a person's: in full somewhere as two to four
     * capitalised words ("Ana Salas" for "Salas"), and never as a place, an organisation, a date
     * or a title.
     */
    static boolean isPersonName(Comparison c, String name) {
        List<AnalyzedArticle> both = List.of(c.left(), c.right());
        if (Names.isKnownPlace(name) || both.stream().anyMatch(a -> a.mentions().stream().anyMatch(m -> m.kind() != Mention.Kind.OTHER
                        && m.kind() != Mention.Kind.PERSON && Names.compatible(m.text(), name)))) {
            return false;
        }
        return both.stream()
                .flatMap(a -> Stream.concat(a.mentions().stream().map(Mention::text),
                        IntStream.range(0, a.sentences().size()).mapToObj(a::speakerOf)
                                .filter(x -> x != null && x.isKnown()).map(Speaker::name)))
                .anyMatch(n -> Names.compatible(n, name) && Names.isFullNameForm(n));
    }
}
