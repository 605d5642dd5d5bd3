package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;

import org.crosscheck.text.Token;

/**
 * What the words around a capitalised run say about the name in it: where a name starts after a
 * title's complement, whether an appositive makes the run an organisation, and which words
 * written with a role tell that role apart.
 */
final class NameContexts {

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;

    private NameContexts() {
    }

    /**
     * Where the name starts in a run that completes a title ("Cabinet Secretary for Special
     * Programmes Grace Wanjiru", "Minister of State for Trade Ann Lee"): at the first given name
     * after the complement's words; {@code from} when the run completes no title or holds no
     * given name after its first word.
     */
    static int afterTitleComplement(List<Token> tokens, int from, int to) {
        if (from < 2 || !Set.of("of", "for").contains(tokens.get(from - 1).lower()) || !tokens.get(from - 2).isWord()
                || !LEX.isTitle(tokens.get(from - 2).text()) || LEX.isFirstName(tokens.get(from).text())) {
            return from;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (NameScanner.isSeparatorAt(tokens, k - 1) || tokens.get(k - 1).possessive()) {
                return from; // "spokesman for Russian President Vladimir Putin": the complement is itself a person
            }
            if (LEX.isFirstName(tokens.get(k).text()) || LEX.isListedGivenName(tokens.get(k).text())) {
                return k;
            }
        }
        // a given name no list holds: the complement is the run of words the dictionary knows
        // ("Secretary of State Madeleine Albright", "Minister for Health Ciaran Mulvey")
        int k = from;
        while (k < to - 2 && org.crosscheck.text.sense.WordSenses.shared().isCommonWord(tokens.get(k).text())) {
            k++;
        }
        return k > from && java.util.stream.IntStream.range(k, to).noneMatch(i -> org.crosscheck.text.sense.WordSenses.shared().isCommonWord(tokens.get(i).text()))
                ? k : from;
    }

    /**
     * Whether the run ending at {@code runEnd} is followed by an appositive whose head noun names a
     * body of people rather than a person (", the Piraeus company that ...", ", a charity based in").
     */
    static boolean describedAsGroup(List<Token> tokens, int runEnd) {
        if (runEnd + 2 >= tokens.size() || !tokens.get(runEnd).isSymbol(",") || !Set.of("the", "a", "an").contains(tokens.get(runEnd + 1).lower())) {
            return false;
        }
        int k = runEnd + 2;
        while (k < tokens.size() && k - runEnd < 7 && tokens.get(k).isWord() && !NounPhrases.FUNCTION.contains(tokens.get(k).lower())
                && !tokens.get(k).possessive()) {
            k++;
        }
        Token head = tokens.get(k - 1);
        if (k - 1 <= runEnd + 1 || head.isCapitalised() || k < tokens.size() && tokens.get(k).possessive()) {
            return false;
        }
        org.crosscheck.text.sense.WordSenses senses = org.crosscheck.text.sense.WordSenses.shared();
        // the commonest sense decides: "company" is a firm before it is a guest
        return senses.isGroupNoun(head.lower()) && !LEX.isTitle(head.text());
    }

    /**
     * Whether a word written with a role tells which role it is: "council" and "group" in "council
     * leader" and "group leader" do, though neither is part of a name; a function word, a pronoun
     * or a verb of speech does not.
     */
    static boolean isDescriptor(Token w) {
        return w.isWord() && !NounPhrases.FUNCTION.contains(w.lower()) && NounPhrases.pronounGender(w.lower()) == null
                && !LEX.isReportingVerb(w.text()) && !Set.of("however", "meanwhile", "also", "then", "this", "that", "we", "i", "you")
                        .contains(w.lower());
    }
}
