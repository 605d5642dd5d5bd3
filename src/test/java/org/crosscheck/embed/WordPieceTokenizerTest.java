package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private static final String JSON = "{\"version\":\"1.0\",\"added_tokens\":[{\"id\":0}],\"model\":{\"type\":\"WordPiece\","
            + "\"unk_token\":\"[UNK]\",\"vocab\":{\"[PAD]\":0,\"[UNK]\":1,\"[CLS]\":2,\"[SEP]\":3,\"cafe\":4,\"un\":5,"
            + "\"##aff\":6,\"##able\":7,\"'\":8,\"s\":9,\"5\":10,\",\":11,\"000\":12,\"zurich\":13,\".\":14}}}";

    private static WordPieceTokenizer tokenizer() {
        return WordPieceTokenizer.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void splitsAtSpacesAndAroundEveryPunctuationMarkInLowerCaseWithoutAccents() {
        assertThat(WordPieceTokenizer.words("Café's 5,000\u00a0Zürich.")).containsExactly("cafe", "'", "s", "5", ",", "000", "zurich", ".");
    }

    @Test
    void cutsAWordIntoTheLongestPiecesTheVocabularyKnows() {
        assertThat(tokenizer().ids("Unaffable café", 16)).containsExactly(2, 5, 6, 7, 4, 3);
    }

    @Test
    void readsAWordItCannotCutAsUnknown() {
        assertThat(tokenizer().ids("unx cafe", 16)).containsExactly(2, 1, 4, 3);
    }

    @Test
    void keepsTheEndMarkWhenItTruncates() {
        assertThat(tokenizer().ids("cafe cafe cafe cafe", 4)).containsExactly(2, 4, 4, 3);
    }

    @Test
    void givesJustTheMarksForEmptyOrControlOnlyText() {
        assertThat(tokenizer().ids("", 8)).containsExactly(2, 3);
        assertThat(tokenizer().ids("\u0000\u200b\u0007", 8)).containsExactly(2, 3);
    }
}
