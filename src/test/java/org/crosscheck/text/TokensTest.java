package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.crosscheck.SeedText;
import org.crosscheck.model.Span;
import org.crosscheck.text.Tokens.Token;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> texts(String text) {
        return Tokens.of(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsFiguresApostrophesAndHyphensInsideWords() {
        assertThat(texts("The firm's $1.12bn deal saves 5,000 jobs, a long-term boost."))
                .containsExactly("The", "firm's", "$", "1.12bn", "deal", "saves", "5,000", "jobs", ",", "a", "long-term",
                        "boost", ".");
    }

    @Test
    void splitsACommaOrFullStopThatDoesNotSitBetweenDigits() {
        assertThat(texts("Leeds, Bradford. 3, 4")).containsExactly("Leeds", ",", "Bradford", ".", "3", ",", "4");
    }

    @Test
    void keepsInitialsOfAnAbbreviationTogether() {
        assertThat(texts("in the U.S. today")).containsExactly("in", "the", "U.S", ".", "today");
    }

    @Test
    void givesOffsetsIntoTheWholeTextWhenCutFromTheMiddle() {
        String text = "Fire crews said \u2018Hold on\u2019 to residents.";
        List<Token> tokens = Tokens.of(text, 16, 26);
        assertThat(tokens).containsExactly(new Token("\u2018", new Span(16, 17)), new Token("Hold", new Span(17, 21)),
                new Token("on", new Span(22, 24)), new Token("\u2019", new Span(24, 25)));
    }

    @Test
    void normalisesCaseAndCurlyApostrophes() {
        Token t = Tokens.of("Ukraine\u2019s").get(0);
        assertThat(t.text()).isEqualTo("Ukraine\u2019s");
        assertThat(t.normal()).isEqualTo("ukraine's");
        assertThat(t.isWord()).isTrue();
        assertThat(t.isCapitalised()).isTrue();
    }

    @Test
    void findsNoTokensInEmptyOrBlankText() {
        assertThat(Tokens.of("")).isEmpty();
        assertThat(Tokens.of(" \n\t ")).isEmpty();
    }

    @Test
    void coversEveryVisibleCharacterInOrderOnSeededRandomText() {
        Random random = new Random(7L);
        for (int round = 0; round < 30; round++) {
            String text = SeedText.shuffled(random, 25);
            List<Token> tokens = Tokens.of(text);
            int previousEnd = 0;
            StringBuilder visible = new StringBuilder();
            for (Token t : tokens) {
                assertThat(t.span().start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(t.span().of(text)).isEqualTo(t.text()).isNotEmpty();
                visible.append(t.text());
                previousEnd = t.span().end();
            }
            assertThat(visible.toString()).isEqualTo(text.replaceAll("\\s+", ""));
        }
    }
}
