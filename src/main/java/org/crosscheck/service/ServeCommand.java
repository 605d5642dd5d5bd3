package org.crosscheck.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.crosscheck.CrossCheck;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck serve}: runs {@link CrossCheckService} until the process is stopped. SIGTERM
 * (or Ctrl-C) stops accepting, lets the requests in flight finish and exits within five seconds.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves crosscheck over HTTP: GET /v1/health, POST /v1/compare, POST /v1/check, "
                + "GET /v1/openapi.json. Access log on standard error, one line a request."})
public final class ServeCommand implements Callable<Integer> {

    /** How long in-flight requests may take to finish after SIGTERM; the JVM exits within a second more. */
    static final Duration SHUTDOWN_GRACE = Duration.ofMillis(3500);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--archive", paramLabel = "DIR", description = "Archive for POST /v1/check (without it /v1/check answers 404).")
    Path archive;

    @Option(names = "--threads", paramLabel = "N", description = "Requests analysed at once (default: the number of processors).")
    Integer threads;

    @Option(names = "--max-in-flight", paramLabel = "N",
            description = "Analysis requests admitted at once, running or waiting; more get 503 (default: 4 x threads, at least 8).")
    Integer maxInFlight;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new InputException("--threads must be at least 1, got " + n);
        }
        int admitted = maxInFlight == null ? Math.max(8, 4 * n) : maxInFlight;
        if (admitted < n) {
            throw new InputException("--max-in-flight must be at least --threads (" + n + "), got " + admitted);
        }
        if (port < 0 || port > 65535) {
            throw new InputException("--port must be from 0 to 65535, got " + port);
        }
        Optional<ArchiveLookup> lookup = archive == null ? Optional.empty() : Optional.of(openArchive(archive));
        warmUp();
        CrossCheckService service;
        try {
            service = CrossCheckService.start(new CrossCheckService.Options(host, port, n, admitted, lookup, System.err));
        } catch (IOException | java.nio.channels.UnresolvedAddressException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException("cannot listen on " + host + ":" + port + " (" + why + ")", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("crosscheck: stopping, finishing the requests in flight");
            service.stop(SHUTDOWN_GRACE);
            stopped.countDown();
        }, "crosscheck-shutdown"));
        System.err.printf("crosscheck: serving on http://%s:%d (%d analysis threads, %d requests in flight at most%s)%n",
                host, service.address().getPort(), n, admitted, archive == null ? ", no archive" : ", archive " + archive);
        System.err.flush();
        stopped.await();
        return 0;
    }

    /**
     * The archive in {@code dir}, opened read-only: each check sees the archive's latest commit, so
     * articles added by {@code crosscheck index} while the server runs are found.
     *
     * @throws InputException when {@code dir} is not a directory or not a crosscheck archive
     */
    static ArchiveLookup openArchive(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException("--archive " + dir + ": not a directory");
        }
        org.crosscheck.archive.Archive archive = org.crosscheck.archive.Archive.open(dir);
        org.crosscheck.archive.CheckJson json = new org.crosscheck.archive.CheckJson();
        return (article, top) -> json.render(archive.check(article, top));
    }

    /** Loads the dictionary and the sentence model and runs the pipeline once, so the first client waits for none of it. */
    static void warmUp() {
        ArticleReader reader = new ArticleReader();
        CrossCheck.compare(List.of(
                reader.fromText("warm-up-a", "Council shuts three schools\n\nThe council closed three schools on Monday, "
                        + "the mayor said. \"Repairs will take a week,\" she said."),
                reader.fromText("warm-up-b", "Schools shut after storm\n\nFour schools were closed on Tuesday, "
                        + "a spokesman said. \"Repairs will take a month,\" he said.")));
    }
}
