package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.batch.Manifest;
import org.crosscheck.batch.ManifestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final CorpusGenerator FIXTURES = CorpusGenerator.fromFixtures(Path.of("fixtures"));

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameCorpusAndAnotherSeedADifferentOne() {
        assertThat(FIXTURES.pair(7, 3, 1)).isEqualTo(FIXTURES.pair(7, 3, 1));
        assertThat(FIXTURES.pair(7, 3, 1)).isNotEqualTo(FIXTURES.pair(8, 3, 1));
    }

    @Test
    void rewriteKeepsTheHeadlineButDiffersFromTheOriginal() {
        for (int n = 1; n <= 20; n++) {
            List<String> pair = FIXTURES.pair(1, n, 1);
            assertThat(pair.get(1).lines().findFirst()).isEqualTo(pair.get(0).lines().findFirst());
            assertThat(pair.get(1)).isNotEqualTo(pair.get(0));
        }
    }

    @Test
    void scaleLengthensTheArticleAboutInProportion() {
        int once = 0;
        int sixteen = 0;
        for (int n = 1; n <= 10; n++) {
            once += FIXTURES.pair(1, n, 1).get(0).length();
            sixteen += FIXTURES.pair(1, n, 16).get(0).length();
        }
        assertThat(sixteen).isBetween(8 * once, 32 * once);
    }

    @Test
    void writesAManifestTheBatchModeReads() throws IOException {
        Path manifest = FIXTURES.write(dir, 3, 1, 1);

        List<ManifestEntry> sets = Manifest.read(manifest);

        assertThat(sets).extracting(ManifestEntry::id).containsExactly("set-00001", "set-00002", "set-00003");
        assertThat(sets.get(2).sources()).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
    }
}
