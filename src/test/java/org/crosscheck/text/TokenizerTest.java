package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final Tokenizer.HyphenCut NEVER = (before, word) -> -1;

    private static List<String> figureTexts(String text) {
        return Tokenizer.figures(text, NEVER).stream().map(Token::text).toList();
    }

    private static List<Token> frame(String text, List<Span> masked) {
        return Tokenizer.frame(text, 0, text.length(), masked, w -> Set.of("Mr", "Gov").contains(w));
    }

    @Test
    void figuresAreCutFromLettersWrittenAgainstThemWithNoGapBetween() {
        List<Token> t = Tokenizer.figures("a 2bn deal", NEVER);
        assertThat(t).extracting(Token::text).containsExactly("a", "2", "bn", "deal");
        assertThat(t).extracting(Token::kind)
                .containsExactly(Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.WORD, Token.Kind.WORD);
        assertThat(t.get(1).end()).isEqualTo(t.get(2).start());
    }

    @Test
    void figuresKeepThousandsSeparatorsAndDecimalsButNotATrailingComma() {
        assertThat(figureTexts("5,000 jobs, 1.5m, 12,34")).containsExactly("5,000", "jobs", ",", "1.5", "m", ",", "12", ",", "34");
    }

    @Test
    void figuresKeepHyphenatedWordsWholeUnlessTheCutSaysWhere() {
        assertThat(figureTexts("an eight-year term")).containsExactly("an", "eight-year", "term");
        List<Token> cut = Tokenizer.figures("an eight-year term", (before, w) -> w.startsWith("eight-") ? 5 : -1);
        assertThat(cut).extracting(Token::text).containsExactly("an", "eight", "-", "year", "term");
        assertThat(cut.get(2).isSymbol('-')).isTrue();
        assertThat(cut.get(3).start()).isEqualTo(9);
    }

    @Test
    void figuresReadASurrogatePairAsOneSymbol() {
        assertThat(figureTexts("up \uD83D\uDCC8 5")).containsExactly("up", "\uD83D\uDCC8", "5");
    }

    @Test
    void aFrameKeepsDigitsInsideWordsAndDropsThePossessiveEndingButFlagsIt() {
        List<Token> t = frame("G20 leader Putin's aide", List.of());
        assertThat(t).extracting(Token::text).containsExactly("G20", "leader", "Putin", "aide");
        assertThat(t.get(2).possessive()).isTrue();
        assertThat(t.get(2).end()).isEqualTo(18);
        assertThat(t.get(1).possessive()).isFalse();
    }

    @Test
    void aFrameKeepsTheDotOfInitialsAndOfAbbreviationsBeforeACapitalOnly() {
        assertThat(frame("John F. Kennedy and Mr. Peskov met Mr. then left.", List.of())).extracting(Token::text)
                .containsExactly("John", "F.", "Kennedy", "and", "Mr.", "Peskov", "met", "Mr", ".", "then", "left", ".");
    }

    @Test
    void aFrameReplacesEachMaskedStretchByOneQuoteTokenCarryingItsIndex() {
        String text = "\"We won,\" he said, \"again.\"";
        List<Token> t = frame(text, List.of(new Span(0, 9), new Span(19, 28)));
        assertThat(t).extracting(Token::kind).containsExactly(Token.Kind.QUOTE, Token.Kind.WORD, Token.Kind.WORD,
                Token.Kind.SYMBOL, Token.Kind.QUOTE);
        assertThat(t.get(0).quote()).isZero();
        assertThat(t.get(4).quote()).isEqualTo(1);
        assertThat(t.get(4).start()).isEqualTo(19);
        assertThat(t.get(1).quote()).isEqualTo(-1);
    }

    @Test
    void aNoBreakSpaceSeparatesWordsInAFrame() {
        assertThat(frame("Gov.\u00A0John Smith", List.of())).extracting(Token::text).containsExactly("Gov.", "John", "Smith");
        assertThat(Tokenizer.isSpace('\u00A0')).isTrue();
    }

    @Test
    void tokensKnowCapitalsAcronymsAndWordsIgnoringCase() {
        List<Token> t = frame("NATO said no", List.of());
        assertThat(t.get(0).isAcronym()).isTrue();
        assertThat(t.get(0).isCapitalised()).isTrue();
        assertThat(t.get(1).isAcronym()).isFalse();
        assertThat(t.get(1).isWord("SAID")).isTrue();
        assertThat(t.get(0).lower()).isEqualTo("nato");
    }
}
