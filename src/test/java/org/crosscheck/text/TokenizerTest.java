package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.crosscheck.SeedText;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final Tokenizer.HyphenCut NEVER = (before, word) -> -1;

    private static List<String> figureTexts(String text) {
        return Tokenizer.figures(text, NEVER).stream().map(Token::text).toList();
    }

    private static List<String> wordTexts(String text) {
        return Tokenizer.words(text).stream().map(Token::text).toList();
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

    @Test
    void wordsKeepFiguresApostrophesAndHyphensInside() {
        assertThat(wordTexts("The firm's $1.12bn deal saves 5,000 jobs, a long-term boost."))
                .containsExactly("The", "firm's", "$", "1.12bn", "deal", "saves", "5,000", "jobs", ",", "a", "long-term",
                        "boost", ".");
    }

    @Test
    void wordsSplitOffACommaOrFullStopThatDoesNotSitBetweenDigits() {
        assertThat(wordTexts("Leeds, Bradford. 3, 4")).containsExactly("Leeds", ",", "Bradford", ".", "3", ",", "4");
    }

    @Test
    void wordsKeepTheInitialsOfAnAbbreviationTogether() {
        assertThat(wordTexts("in the U.S. today")).containsExactly("in", "the", "U.S", ".", "today");
    }

    @Test
    void wordsCutFromTheMiddleCarryOffsetsIntoTheWholeText() {
        String text = "Fire crews said \u2018Hold on\u2019 to residents.";
        assertThat(Tokenizer.words(text, 16, 26)).containsExactly(Token.of(16, 17, "\u2018", Token.Kind.SYMBOL),
                Token.of(17, 21, "Hold", Token.Kind.WORD), Token.of(22, 24, "on", Token.Kind.WORD),
                Token.of(24, 25, "\u2019", Token.Kind.SYMBOL));
        assertThat(Tokenizer.words(text, 16, 26).get(1).span()).isEqualTo(new Span(17, 21));
    }

    @Test
    void aWordNormalisesCaseAndCurlyApostrophes() {
        Token t = Tokenizer.words("Ukraine\u2019s").get(0);
        assertThat(t.text()).isEqualTo("Ukraine\u2019s");
        assertThat(t.normal()).isEqualTo("ukraine's");
        assertThat(t.isWord()).isTrue();
        assertThat(t.isCapitalised()).isTrue();
        assertThat(t.possessive()).isFalse();
    }

    @Test
    void wordsFindNothingInEmptyOrBlankText() {
        assertThat(Tokenizer.words("")).isEmpty();
        assertThat(Tokenizer.words(" \n\t ")).isEmpty();
    }

    @Test
    void wordsCoverEveryVisibleCharacterInOrderOnSeededRandomText() {
        Random random = new Random(7L);
        for (int round = 0; round < 30; round++) {
            String text = SeedText.shuffled(random, 25);
            int previousEnd = 0;
            StringBuilder visible = new StringBuilder();
            for (Token t : Tokenizer.words(text)) {
                assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(t.span().of(text)).isEqualTo(t.text()).isNotEmpty();
                assertThat(t.isWord()).isEqualTo(Character.isLetterOrDigit(t.text().charAt(0)));
                visible.append(t.text());
                previousEnd = t.end();
            }
            assertThat(visible.toString()).isEqualTo(text.replaceAll("\\s+", ""));
        }
    }
}
