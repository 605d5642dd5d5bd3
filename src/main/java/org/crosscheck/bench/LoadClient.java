package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A load generator for {@code crosscheck serve}: sends {@code POST /v1/compare} requests for real
 * article pairs from several concurrent clients and reports latency percentiles and throughput.
 *
 * <pre>
 * java -cp target/crosscheck.jar org.crosscheck.bench.LoadClient http://127.0.0.1:8080 fixtures REQUESTS CLIENTS [PARAGRAPHS]
 * java -cp target/crosscheck.jar org.crosscheck.bench.LoadClient http://127.0.0.1:8080 --health REQUESTS CLIENTS
 * </pre>
 */
public final class LoadClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One compare request: a name for messages and its JSON body. */
    public record Pair(String name, String body) {
    }

    /**
     * What a run measured.
     *
     * @param requests requests sent
     * @param errors requests that failed or were not answered 200
     * @param statuses count of each status (0: no response)
     * @param firstError the first error, for diagnosis, or empty
     * @param latenciesMs every request's latency, sorted
     * @param seconds wall time of the whole run
     */
    public record Result(int requests, int errors, Map<Integer, Integer> statuses, String firstError, double[] latenciesMs,
            double seconds) {

        /** The latency below which {@code p} percent of requests finished (nearest rank). */
        public double percentileMs(double p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * latenciesMs.length);
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, rank - 1))];
        }

        /** Requests answered per second over the whole run. */
        public double throughput() {
            return requests / seconds;
        }

        /** One line: count, errors, p50, p99, throughput. */
        public String summary() {
            return String.format(Locale.ROOT, "%d requests, %d errors %s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.1f requests/s "
                            + "(%.1f s)%s", requests, errors, statuses, percentileMs(50), percentileMs(99),
                    percentileMs(100), throughput(), seconds, firstError.isEmpty() ? "" : "; first error: " + firstError);
        }
    }

    private LoadClient() {
    }

    /**
     * The article pairs of the fixture cases directly under {@code fixtures}: in each folder with two
     * or more articles (.txt, .html), the first in name order ("original" first when there is one)
     * against each of the others.
     */
    public static List<Pair> fixturePairs(Path fixtures) {
        return fixturePairs(fixtures, Integer.MAX_VALUE);
    }

    /**
     * The pairs of {@link #fixturePairs(Path)}, each article cut to its first {@code paragraphs}
     * paragraphs (blank-line separated; the headline counts as one); with a limit, only plain-text
     * pairs are taken, since cutting markup by lines would not cut its article.
     */
    public static List<Pair> fixturePairs(Path fixtures, int paragraphs) {
        if (paragraphs < 1) {
            throw new IllegalArgumentException("paragraphs must be at least 1, got " + paragraphs);
        }
        boolean cut = paragraphs < Integer.MAX_VALUE;
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(fixtures)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Path> articles;
                try (Stream<Path> files = Files.list(dir)) {
                    articles = files.filter(f -> f.toString().endsWith(".txt") || !cut && f.toString().endsWith(".html"))
                            .sorted((a, b) -> isOriginal(a) != isOriginal(b) ? (isOriginal(a) ? -1 : 1) : a.compareTo(b))
                            .toList();
                }
                for (int i = 1; i < articles.size(); i++) {
                    pairs.add(new Pair(dir.getFileName() + "/" + articles.get(i).getFileName(),
                            body(articles.get(0), articles.get(i), paragraphs)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no article pairs in the folders under " + fixtures);
        }
        return pairs;
    }

    /**
     * The compare request body for two article files, text or HTML by their extension, each cut to
     * its first {@code paragraphs} paragraphs ({@link Integer#MAX_VALUE}: whole).
     */
    public static String body(Path left, Path right, int paragraphs) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sources", List.of(source(left, paragraphs), source(right, paragraphs)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> source(Path file, int paragraphs) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file);
        if (paragraphs < Integer.MAX_VALUE) {
            text = String.join("\n\n", Arrays.stream(text.strip().split("\\n\\s*\\n")).limit(paragraphs).toList()) + "\n";
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", name.substring(0, name.lastIndexOf('.')));
        m.put(name.endsWith(".html") ? "html" : "text", text);
        return m;
    }

    private static boolean isOriginal(Path p) {
        return p.getFileName().toString().startsWith("original.");
    }

    /**
     * Sends {@code requests} compare requests to {@code compare} from {@code clients} concurrent
     * clients, each request one of {@code pairs} in turn, and waits for every answer.
     */
    public static Result run(URI compare, List<Pair> pairs, int requests, int clients) throws InterruptedException {
        return run(i -> {
            Pair pair = pairs.get(i % pairs.size());
            return new Labelled(pair.name(), HttpRequest.newBuilder(compare).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(pair.body())).build());
        }, requests, clients);
    }

    /** Sends {@code requests} {@code GET uri} requests from {@code clients} concurrent clients: the HTTP layer's own cost. */
    public static Result get(URI uri, int requests, int clients) throws InterruptedException {
        return run(i -> new Labelled("GET " + uri.getPath(), HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build()),
                requests, clients);
    }

    private record Labelled(String name, HttpRequest request) {
    }

    private static Result run(java.util.function.IntFunction<Labelled> requestAt, int requests, int clients)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        double[] latencies = new double[requests];
        AtomicInteger next = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        for (int s : new int[] {0, 200}) {
            statuses.put(s, new AtomicInteger());
        }
        StringBuilder firstError = new StringBuilder();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    Labelled pair = requestAt.apply(i);
                    HttpRequest request = pair.request();
                    long t0 = System.nanoTime();
                    int status;
                    String error = "";
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        if (status != 200) {
                            error = pair.name() + ": " + status + " " + response.body();
                        }
                    } catch (IOException e) {
                        status = 0;
                        error = pair.name() + ": " + e;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies[i] = (System.nanoTime() - t0) / 1e6;
                    synchronized (statuses) {
                        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                        if (!error.isEmpty() && firstError.length() == 0) {
                            firstError.append(error, 0, Math.min(error.length(), 300));
                        }
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("load client failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((k, v) -> {
            if (v.get() > 0) {
                counts.put(k, v.get());
            }
        });
        int ok = counts.getOrDefault(200, 0);
        double[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(requests, requests - ok, counts, firstError.toString(), sorted, seconds);
    }

    /** Runs the load described on the class and prints one summary line; exit status 1 when any request failed. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LoadClient BASE_URL FIXTURES_DIR|--health [REQUESTS=2000] [CLIENTS=8] [PARAGRAPHS=all]");
            System.exit(2);
        }
        if (args[1].equals("--health")) {
            Result result = get(URI.create(args[0].replaceAll("/+$", "") + "/v1/health"),
                    args.length > 2 ? Integer.parseInt(args[2]) : 2000, args.length > 3 ? Integer.parseInt(args[3]) : 8);
            System.out.println("GET /v1/health: " + result.summary());
            System.exit(result.errors() == 0 ? 0 : 1);
        }
        URI compare = URI.create(args[0].replaceAll("/+$", "") + "/v1/compare");
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        List<Pair> pairs = fixturePairs(Path.of(args[1]), args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE);
        Result result = run(compare, pairs, requests, clients);
        System.out.println(pairs.size() + " pairs, " + clients + " clients: " + result.summary());
        System.exit(result.errors() == 0 ? 0 : 1);
    }
}
