package org.crosscheck.diff;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.index.Stemmer;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * A negation the other side states in other words, so that one side's "not" is no flip: a verb
 * of denial over the clause ("denied that she had met him" / "said she had not met him"), a verb
 * of ceasing before a gerund ("would no longer stop in Cork" / "would stop calling at Cork"), or
 * the negated verb with a negative prefix ("did not change rates" / "kept rates unchanged"), its
 * opposite before the same object ("did not have clean water" / "lacked clean water"), or a
 * verb of going on for a negated verb of ceasing ("did not stop performing" / "kept performing"),
 * a door left open for what was not ruled out, a word whose dictionary sense holds the negation
 * ("would lose pay" / "would not be paid"), or "too soon to" and "still being" for "not yet".
 */
final class RestatedNegations {

    /** Verbs that deny the clause they introduce. */
    private static final Set<String> DENIALS = Set.of("deny", "denies", "denied", "denying");
    /** Verbs that end what the gerund after them names: "stopped calling" is "no longer calls". */
    private static final Set<String> CEASING = Set.of("stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased",
            "ceasing", "quit", "quits", "quitting");
    private static final List<String> NEGATIVE_PREFIXES = List.of("un", "non", "in", "im", "ir", "il", "dis");
    private static final int MIN_STEM = 3;

    private RestatedNegations() {
    }

    /**
     * Whether a finding of one negation put in or taken out is restated, not flipped: the side
     * without the negation says it another way. A swap of opposite words is left alone.
     */
    static boolean restated(Discrepancy.Negation d) {
        Evidence l = d.finding().left();
        Evidence r = d.finding().right();
        List<Token> lw = Tokenizer.words(l.value());
        List<Token> rw = Tokenizer.words(r.value());
        boolean ln = PolarityFlip.negated(lw);
        boolean rn = PolarityFlip.negated(rw);
        if (ln == rn) {
            return false;
        }
        Evidence plain = ln ? r : l;
        List<Token> plainSentence = Tokenizer.words(plain.text());
        List<Token> phrase = ln ? lw : rw;
        int negation = negationAt(phrase);
        String verb = negation >= 0 && negation + 1 < phrase.size() ? phrase.get(negation + 1).normal() : "";
        List<Token> lead = leadingTo(plainSentence, plain);
        return deniedBefore(plainSentence, plain) || ceasing(plainSentence) || prefixed(plainSentence, verb)
                || oppositeBeforeSameObject(plainSentence, verb, objectAfter(phrase, negation + 2))
                || CEASING.contains(verb) && continuing(plainSentence, gerundAt(phrase, negation + 2))
                || rulingOut(phrase, negation) && leavesOpen(plainSentence)
                || impliedNegative(lead, Tokenizer.words((ln ? l : r).text()), phrase)
                || outOf(plainSentence, phrase, negation)
                || TOO_TO.matcher(textOf(plain.text(), lead)).find()
                || phrase.stream().anyMatch(t -> t.normal().equals("yet")) && STILL_UNDONE.matcher(textOf(plain.text(), lead)).find();
    }

    /**
     * "Out of stock", "out of work": what "no stock", "no work" says, the noun after the negation
     * standing after "out of" on the plain side.
     */
    private static boolean outOf(List<Token> plainSentence, List<Token> phrase, int negation) {
        if (negation < 0 || negation + 1 >= phrase.size() || !phrase.get(negation).normal().equals("no")) {
            return false;
        }
        String noun = Polarity.lemma(phrase.get(negation + 1).normal());
        for (int i = 0; i + 2 < plainSentence.size(); i++) {
            if (plainSentence.get(i).normal().equals("out") && plainSentence.get(i + 1).normal().equals("of")
                    && Polarity.lemma(plainSentence.get(i + 2).normal()).equals(noun)) {
                return true;
            }
        }
        return false;
    }

    /** "Too early to call it a recovery": what "we are not calling it a recovery yet" says. */
    private static final java.util.regex.Pattern TOO_TO = java.util.regex.Pattern.compile("(?i)\\btoo\\s+\\w+\\s+to\\s+\\w+");
    /**
     * "Still being processed", "still to be cleared": what is not yet done; "still open" is a
     * state, not a task left, and says nothing of "not yet".
     */
    private static final java.util.regex.Pattern STILL_UNDONE = java.util.regex.Pattern.compile(
            "(?i)\\bstill\\s+(?:(?:has|had|have|is|are|was|were)\\s+)?(?:to|being|awaiting|waiting|pending)\\b");

    /** Words before a phrase that can carry its verb: "has been barred from" before "racing for 14 months". */
    private static final int LEAD = 3;

    /** The text {@code words} (tokens of {@code sentence}) run over, or "" for none. */
    private static String textOf(String sentence, List<Token> words) {
        return words.isEmpty() ? "" : sentence.substring(words.get(0).start(), words.get(words.size() - 1).end());
    }

    /** The plain side's phrase with the few words that lead to it in its sentence. */
    private static List<Token> leadingTo(List<Token> sentence, Evidence plain) {
        int from;
        int to;
        if (plain.highlight() != null) {
            from = plain.highlight().start() - plain.span().start();
            to = plain.highlight().end() - plain.span().start();
        } else {
            from = plain.text().toLowerCase(Locale.ROOT).indexOf(plain.value().toLowerCase(Locale.ROOT));
            if (from < 0) {
                return List.of();
            }
            to = from + plain.value().length();
        }
        int first = 0;
        while (first < sentence.size() && sentence.get(first).start() < from) {
            first++;
        }
        int last = first;
        while (last < sentence.size() && sentence.get(last).start() < to) {
            last++;
        }
        return sentence.subList(Math.max(0, first - LEAD), last);
    }

    /**
     * A word of the plain side's phrase (or of the few words leading to it), absent from the
     * negated sentence, whose commonest sense the dictionary defines by a negation: "strikers would
     * lose pay" / "would not be paid", "was barred from racing" / "cannot race", "left out of the
     * talks" / "had not been consulted".
     */
    private static boolean impliedNegative(List<Token> plain, List<Token> negatedSentence, List<Token> negatedPhrase) {
        org.crosscheck.text.sense.ImpliedNegatives negatives = org.crosscheck.text.sense.ImpliedNegatives.shared();
        if (negatedPhrase.stream().anyMatch(t -> negatives.withholdingNoun(t.normal()))) {
            return false; // "did not include a ban" against "bars": two negatives on one side, one on the other
        }
        Set<String> said = new java.util.HashSet<>();
        for (Token t : negatedSentence) {
            said.add(Polarity.lemma(t.normal()));
        }
        for (int i = 0; i < plain.size(); i++) {
            String w = plain.get(i).normal();
            if (said.contains(Polarity.lemma(w))) {
                continue;
            }
            if (negatives.negative(w) || i + 1 < plain.size() && negatives.negative(w + " " + plain.get(i + 1).normal())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence leaves a matter open ("left the door open to", "kept its options open"): what "did not rule out" says. */
    private static boolean leavesOpen(List<Token> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (RewordedPredicates.leftOpen(sentence, i) > i) {
                return true;
            }
        }
        return false;
    }

    /** Whether the negated verb is "rule out" ("did not rule out further action"). */
    private static boolean rulingOut(List<Token> phrase, int negation) {
        return negation >= 0 && negation + 2 < phrase.size() && Polarity.sameLemma(phrase.get(negation + 1).normal(), "rule")
                && phrase.get(negation + 2).normal().equals("out");
    }

    /** Verbs that go on with what the gerund after them names: "kept performing" is "did not stop performing". */
    private static final Set<String> CONTINUING = Set.of("keep", "keeps", "kept", "keeping", "continue", "continues", "continued",
            "continuing");

    /** The gerund at {@code at} ("performing" of "did not stop performing"), or "". */
    private static String gerundAt(List<Token> phrase, int at) {
        if (at < 0 || at >= phrase.size()) {
            return "";
        }
        String w = phrase.get(at).normal();
        return w.length() > 4 && w.endsWith("ing") ? w : "";
    }

    /** Whether a verb of going on stands right before {@code gerund} on the plain side. */
    private static boolean continuing(List<Token> sentence, String gerund) {
        if (gerund.isEmpty()) {
            return false;
        }
        for (int i = 0; i + 1 < sentence.size(); i++) {
            if (CONTINUING.contains(sentence.get(i).normal()) && sentence.get(i + 1).normal().equals(gerund)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The negated verb's opposite before the same object on the plain side: "lacked clean water" /
     * "did not have clean water", "missed its target" / "did not hit its target".
     */
    private static boolean oppositeBeforeSameObject(List<Token> sentence, String verb, String object) {
        if (verb.isEmpty() || object.isEmpty()) {
            return false;
        }
        org.crosscheck.text.sense.Antonyms antonyms = org.crosscheck.text.sense.Antonyms.shared();
        for (int i = 0; i < sentence.size(); i++) {
            if (!antonyms.opposite(sentence.get(i).normal(), verb)) {
                continue;
            }
            for (int j = i + 1; j < Math.min(sentence.size(), i + OBJECT_WINDOW); j++) {
                if (sentence.get(j).normal().equals(object)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int OBJECT_WINDOW = 4;

    /** Determiners and joining words that stand between a verb and the noun it takes. */
    private static final Set<String> BEFORE_OBJECT = Set.of("the", "its", "his", "her", "their", "any", "and");

    /** The first content word from {@code from} on ("did not have clean water" gives "clean"), or "". */
    private static String objectAfter(List<Token> phrase, int from) {
        for (int j = Math.max(0, from); j < phrase.size(); j++) {
            String w = phrase.get(j).normal();
            if (w.length() > 2 && !BEFORE_OBJECT.contains(w)) {
                return w;
            }
        }
        return "";
    }

    /** A verb of denial in the plain side's sentence before its value. */
    private static boolean deniedBefore(List<Token> sentence, Evidence plain) {
        int at = plain.text().toLowerCase(Locale.ROOT).indexOf(plain.value().toLowerCase(Locale.ROOT));
        for (Token t : sentence) {
            if (at >= 0 && t.start() >= at) {
                break;
            }
            if (DENIALS.contains(t.normal())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ceasing(List<Token> sentence) {
        for (int i = 0; i + 1 < sentence.size(); i++) {
            String next = sentence.get(i + 1).normal();
            if (CEASING.contains(sentence.get(i).normal()) && next.length() > 4 && next.endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** The negated verb written with a negative prefix on the plain side ("change" / "unchanged"). */
    private static boolean prefixed(List<Token> sentence, String verb) {
        if (verb.isEmpty()) {
            return false;
        }
        String stem = Stemmer.stem(verb);
        if (stem.length() < MIN_STEM) {
            return false;
        }
        for (Token t : sentence) {
            String w = t.normal();
            for (String p : NEGATIVE_PREFIXES) {
                if (w.length() > p.length() + MIN_STEM && w.startsWith(p) && Stemmer.stem(w.substring(p.length())).equals(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the phrase's negation stands ("did not change rates": at "not"), or -1. */
    private static int negationAt(List<Token> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            if (Polarity.isNegator(phrase.get(i).normal())) {
                return i;
            }
        }
        return -1;
    }
}
