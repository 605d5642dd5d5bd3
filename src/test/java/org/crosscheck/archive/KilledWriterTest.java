package org.crosscheck.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code crosscheck index} process, killed (SIGKILL) while it is part-way through a batch,
 * leaves an archive that opens, holds every article it had committed, and takes a new writer.
 */
class KilledWriterTest {

    private static final Pattern COMMITTED = Pattern.compile("crosscheck: committed (\\d+) of (\\d+) files.*");
    private static final int FILES = 600;

    @TempDir
    Path dir;

    private static String story(int n) {
        return String.format(Locale.ROOT, "Council %d approves budget%n%nThe council of district %d approved a budget of %d million "
                + "pounds on Monday, its treasurer said. Road repairs in ward %d will start in spring, officials added.%n", n, n, n * 3, n);
    }

    @Test
    @Timeout(120)
    void aWriterKilledMidBatchLeavesEveryCommittedArticleReadable() throws Exception {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "org.crosscheck.cli.Main", "index",
                "--archive", dir.resolve("archive").toString(), "--batch", "10"));
        for (int n = 0; n < FILES; n++) {
            Path f = texts.resolve(String.format(Locale.ROOT, "story-%04d.txt", n));
            Files.writeString(f, story(n));
            command.add(f.toString());
        }
        Process writer = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int committed = 0;
        List<String> said = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(writer.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                said.add(line);
                Matcher m = COMMITTED.matcher(line);
                if (m.matches() && Integer.parseInt(m.group(1)) >= 50) {
                    committed = Integer.parseInt(m.group(1));
                    // kill -9: no shutdown hook, no close, the batch in progress is lost
                    writer.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).as("the writer's standard error: %s", said).isBetween(50, FILES - 1);
        assertThat(writer.exitValue()).isNotZero();

        try (LuceneArchiveStore store = LuceneArchiveStore.open(dir.resolve("archive"))) {
            int held = store.size();
            assertThat(held).isBetween(committed, FILES - 1);
            for (int n = 0; n < held; n++) {
                assertThat(store.article(String.format(Locale.ROOT, "story-%04d", n)))
                        .hasValueSatisfying(a -> assertThat(a.article().text()).isEqualTo(story(Integer.parseInt(a.id().substring(6)))));
            }
            assertThat(store.similarSentences("The council of district 42 approved a budget", 1))
                    .extracting(SentenceHit::articleId).containsExactly("story-0042");
        }
        // the dead writer's lock does not block the next run
        try (LuceneArchiveWriter again = LuceneArchiveWriter.open(dir.resolve("archive"))) {
            int before = again.size();
            again.put(Archive.archived(new org.crosscheck.ingest.ArticleReader().fromText("late", story(FILES))));
            again.commit();
            assertThat(again.size()).isEqualTo(before + 1);
        }
    }
}
