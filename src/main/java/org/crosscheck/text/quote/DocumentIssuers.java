package org.crosscheck.text.quote;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.Speaker;

/**
 * Who issued the document a quote is credited to: "Trump said in a statement released by his
 * campaign. / "...," the statement continued." The statement is Trump's. A document that speaks
 * ("the statement", "the report") is the words of the speaker credited in a sentence shortly
 * before that names a document of that kind ("in a statement", "his report"), when that sentence
 * credits one speaker confidently.
 */
final class DocumentIssuers {

    /** How many sentences back the document may have been introduced. */
    private static final int WINDOW = 3;
    /** Not surer than the credit the issuer had where the document was introduced, nor than a pronoun link. */
    private static final double LINK = 0.7;

    private final String text;
    private final List<Sentence> sentences;

    DocumentIssuers(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /**
     * The issuer of {@code document}, a nominal speaker in sentence {@code sentence}, as a speaker
     * reached through the document's phrase; null when {@code document} names no document or no
     * sentence in the window introduces one of its kind with one confident speaker.
     *
     * @param creditedIn the one confident speaker credited in a sentence, or null
     */
    Speaker issuer(Speaker document, int sentence, IntFunction<Speaker> creditedIn) {
        // a nominal speaker is written in lower case ("statement"); "Paul Story" is a person
        if (document == null || !document.isKnown() || document.isResolved() || document.mention() == null
                || !document.name().equals(document.name().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String noun = head(document.name());
        if (!org.crosscheck.text.sense.WordSenses.shared().namesADocument(noun)) {
            return null;
        }
        Pattern introduced = Pattern.compile("(?i)\\b(?:a|an|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+)?" + Pattern.quote(noun) + "\\b");
        for (int s = sentence; s >= Math.max(0, sentence - WINDOW); s--) {
            int end = s == sentence ? document.mention().start() : sentences.get(s).span().end();
            Matcher m = introduced.matcher(text).region(sentences.get(s).span().start(), Math.max(sentences.get(s).span().start(), end));
            if (!m.find()) {
                continue;
            }
            Speaker who = creditedIn.apply(s);
            if (who == null || !who.isConfident()) {
                return null;
            }
            return new Speaker(who.name(), Math.min(LINK, who.confidence()), document.cue(), document.mention(),
                    "\"the " + document.name() + "\" \u2192 " + who.name());
        }
        return null;
    }

    private static String head(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        return p.substring(p.lastIndexOf(' ') + 1);
    }
}
