package org.crosscheck.text.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.model.Quantity;
import org.junit.jupiter.api.Test;

class QuantityExtractorSeedTest {

    @Test
    void readsTheFiguresOfARealArticleAndNoDateDigits() throws IOException {
        String text = Files.readString(Path.of("fixtures/seeds/sky-news.txt"));
        assertThat(new QuantityExtractor().extract(text)).extracting(Quantity::written).containsExactly(
                "first", "2014", "first", "zero", "More than 5,000", "Around a thousand", "eight years", "two",
                "24 hours", "thousands", "eight years", "at least four", "at least 16");
    }
}
