package org.crosscheck.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Article;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching a copy to its original through the archive's index, over the fixture stories: one
 * article of each story is archived (the storm story not at all), the rewrites are the copies.
 */
class StoryMatcherTest {

    @TempDir
    static Path dir;

    static LuceneArchiveStore store;

    @BeforeAll
    static void archiveOneArticleOfEveryStoryButTheStorm() throws IOException {
        Path archive = dir.resolve("archive");
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(archive);
             Stream<Path> stories = Files.list(Path.of("fixtures"))) {
            for (Path story : stories.filter(p -> Files.exists(p.resolve("gold.json"))).sorted().toList()) {
                if (story.endsWith("storm-weather")) {
                    continue;
                }
                Path first = texts(story).get(0);
                writer.put(Archive.archived(new ArticleReader().read(first, story.getFileName() + "-" + first.getFileName())));
            }
            writer.commit();
        }
        store = LuceneArchiveStore.open(archive);
    }

    private static List<Path> texts(Path story) throws IOException {
        try (Stream<Path> files = Files.list(story)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<Match> match(Path copy) {
        Article article = new ArticleReader().read(copy, "copy");
        return new StoryMatcher(store).match(new TextAnalyzer().sentences(article.text()));
    }

    @Test
    void findsTheArchivedArticleOfTheSameStoryFirst() throws IOException {
        for (String story : List.of("court-verdict", "warehouse-fire", "tech-layoffs", "seeds")) {
            List<Path> texts = texts(Path.of("fixtures", story));
            List<Match> matches = match(texts.get(1));
            assertThat(matches).as(story).isNotEmpty();
            assertThat(matches.get(0).id()).isEqualTo(story + "-" + texts.get(0).getFileName());
            assertThat(matches.get(0).sharedSentences()).isGreaterThanOrEqualTo(StoryMatcher.MIN_SHARED);
            assertThat(matches.get(0).pairs()).isNotEmpty().hasSizeLessThanOrEqualTo(StoryMatcher.EXAMPLES);
        }
    }

    @Test
    void findsNothingForAStoryTheArchiveDoesNotHold() throws IOException {
        for (Path copy : texts(Path.of("fixtures", "storm-weather"))) {
            assertThat(match(copy)).as(copy.toString()).isEmpty();
        }
    }

    @Test
    void anArticleMatchesItselfWithEverySentenceShared() throws IOException {
        Path original = texts(Path.of("fixtures", "court-verdict")).get(0);
        Match best = match(original).get(0);
        assertThat(best.sharedSentences()).isEqualTo(best.copySentences());
        assertThat(best.score()).isEqualTo(1.0);
    }

    @Test
    void aCopyWithoutMatchableSentencesMatchesNothing() {
        assertThat(new StoryMatcher(store).match(new TextAnalyzer().sentences("Hello.\n\nThanks."))).isEmpty();
    }
}
