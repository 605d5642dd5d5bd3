package org.crosscheck.archive.examples;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.archive.Archive;
import org.crosscheck.archive.CheckJson;
import org.crosscheck.archive.CheckResult;
import org.crosscheck.archive.LuceneArchiveWriter;
import org.crosscheck.ingest.ArticleReader;

/** Archives the wire story, then finds it as the original of a rewrite and prints what changed. */
public final class ArchiveExample {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("archive");
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir)) {
            writer.put(Archive.archived(new ArticleReader().read(Path.of("fixtures/seeds/sky-news.txt"), "sky-news")));
            writer.commit(); // atomic: readers see all of it or none
        }
        try (Archive archive = Archive.open(dir)) { // read-only, safe to share between threads
            CheckResult result = archive.check(new ArticleReader().read(Path.of("fixtures/seeds/forces-news.txt"), "rewrite"), 1);
            result.matches().forEach(m -> System.out.println(m.id() + " score " + m.score() + ", " + m.sharedSentences() + " sentences shared"));
            result.report().contradictions().forEach(d -> System.out.println(d.type() + ": " + d.finding().summary()));
            System.out.println(new CheckJson().render(result).length() + " characters of JSON");
        }
    }
}
