package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;

/** Shuffled and truncated news copy never breaks the analyser, and every quote stays inside the text. */
class QuoteAnalyzerRandomTest {

    private static final long SEED = 20240406L;
    private static final String MARKS = "\"'\u201C\u201D\u2018\u2019\n:,";

    @Test
    void survivesShuffledAndTruncatedSeedText() throws IOException {
        String seed = read("labelled/seeds/sky-news.txt") + "\n\n" + read("labelled/seeds/forces-news.txt");
        Random random = new Random(SEED);
        List<String> words = Arrays.asList(seed.split("(?<=\\s)"));
        for (int round = 0; round < 200; round++) {
            List<String> shuffled = new ArrayList<>(words);
            if (round % 2 == 0) {
                Collections.shuffle(shuffled, random);
            }
            String text = String.join("", shuffled);
            int from = random.nextInt(text.length());
            text = text.substring(from, from + random.nextInt(Math.min(2000, text.length() - from) + 1));
            if (round % 3 == 0 && !text.isEmpty()) {
                StringBuilder noisy = new StringBuilder(text);
                for (int k = 0; k < 10; k++) {
                    noisy.insert(random.nextInt(noisy.length() + 1), MARKS.charAt(random.nextInt(MARKS.length())));
                }
                text = noisy.toString();
            }
            Speech speech = QuoteAnalyzerTest.analyze(text);
            for (Quote q : speech.quotes()) {
                assertThat(q.span().end()).as("round %d", round).isLessThanOrEqualTo(text.length());
                assertThat(q.span().of(text)).isEqualTo(q.text());
                assertThat(q.text()).isNotBlank();
            }
        }
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
