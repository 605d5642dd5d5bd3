package org.crosscheck.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * crosscheck over HTTP: a thin layer over {@link org.crosscheck.CrossCheck} on the JDK's own HTTP
 * server. Routes are listed in {@link Routes}; every refusal is an {@link ApiError} answered as
 * {@code {"error": "<one line>"}}, and any other failure of a request is answered 500 without
 * harming the server.
 *
 * <p>Concurrency: at most {@code maxInFlight} analysis requests (compare, check) are admitted at
 * once, the rest get 503 with {@code Retry-After}; of those admitted, {@code threads} analyse at
 * once and the others wait. Health and the API description are answered by spare handler threads
 * even when every analysis slot is busy, and a slow request holds one slot only.
 *
 * <p>{@link #stop(Duration)} stops accepting connections, lets the requests in flight finish
 * within the grace period and then closes everything. Each request writes one access-log line.
 */
public final class CrossCheckService implements AutoCloseable {

    /** The version reported by {@code GET /v1/health}, as {@code crosscheck --version} gives it. */
    public static final String VERSION = "0.1.0";

    static {
        // The JDK's server writes a response's headers and body as two segments; with Nagle's algorithm
        // on, the second waits for the client's delayed ACK, about 40 ms a response (measured: health
        // p50 46 ms without, 1.3 ms with). Read once, when the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Seconds a client is told to wait after a 503. */
    static final int RETRY_AFTER_SECONDS = 1;

    /**
     * How the service runs.
     *
     * @param host the address to listen on (loopback by default on the command line)
     * @param port the port; 0 picks a free one, see {@link #address()}
     * @param threads requests analysed at once, at least 1
     * @param maxInFlight analysis requests admitted at once (running or waiting), at least {@code threads}
     * @param archive the archive behind {@code /v1/check}, or empty for none (404)
     * @param accessLog where the access-log lines go
     */
    public record Options(String host, int port, int threads, int maxInFlight, Optional<ArchiveLookup> archive,
            PrintStream accessLog) {

        /** Validates the options, naming a bad value. */
        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(accessLog, "accessLog");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            if (maxInFlight < threads) {
                throw new IllegalArgumentException("maxInFlight must be at least threads (" + threads + "), got " + maxInFlight);
            }
        }

        /** Loopback, a free port, {@code threads} analysis threads, four times as many admitted, no archive. */
        public static Options loopback(int threads, PrintStream accessLog) {
            return new Options("127.0.0.1", 0, threads, 4 * threads, Optional.empty(), accessLog);
        }
    }

    private final Options options;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final Routes routes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger admitted = new AtomicInteger();
    private volatile boolean draining;

    private CrossCheckService(Options options) throws IOException {
        this.options = options;
        this.routes = new Routes(new Endpoints(options.threads(), options.archive()));
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        // spare threads beyond the admitted requests answer health checks and 503s while all are busy
        this.handlers = Executors.newFixedThreadPool(options.maxInFlight() + 4, daemonThreads());
        server.setExecutor(handlers);
        server.createContext("/", this::serve);
    }

    /** Starts a service listening as {@code options} say. */
    public static CrossCheckService start(Options options) throws IOException {
        CrossCheckService service = new CrossCheckService(options);
        service.server.start();
        return service;
    }

    /** The address the service listens on, with the actual port. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Stops accepting connections, waits up to {@code grace} for the requests in flight to finish
     * (requests arriving on open connections meanwhile get 503), then closes every connection.
     */
    public void stop(Duration grace) {
        draining = true;
        int seconds = (int) Math.max(1, (grace.toMillis() + 999) / 1000);
        // HttpServer.stop closes the listener at once, then waits for exchanges; on JDK 17 it waits the
        // whole delay when none is open, so a second stop(0) ends that wait once ours are done
        Thread stopper = new Thread(() -> server.stop(seconds), "crosscheck-stop");
        stopper.setDaemon(true);
        stopper.start();
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            sleep(10);
        }
        server.stop(0);
        handlers.shutdown();
        try {
            stopper.join(1000);
            handlers.awaitTermination(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handlers.shutdownNow();
    }

    /** {@link #stop(Duration)} with a grace of four seconds. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(4));
    }

    private void serve(HttpExchange exchange) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        Response response;
        try {
            response = respond(exchange);
        } catch (ApiError e) {
            response = Response.error(e);
        } catch (Throwable e) {
            // a request never takes the server down: whatever broke is this request's 500
            response = Response.error(500, "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), Map.of());
        }
        try {
            send(exchange, response);
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing left to tell it
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
            log(exchange, response, start);
        }
    }

    private Response respond(HttpExchange exchange) throws IOException {
        Routes.Route route = routes.find(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        if (draining) {
            throw ApiError.overloaded(inFlight.get(), RETRY_AFTER_SECONDS);
        }
        if (!route.analyses()) {
            return route.endpoint().handle(exchange);
        }
        int now = admitted.incrementAndGet();
        try {
            if (now > options.maxInFlight()) {
                throw ApiError.overloaded(now - 1, RETRY_AFTER_SECONDS);
            }
            return route.endpoint().handle(exchange);
        } finally {
            admitted.decrementAndGet();
        }
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (draining) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private void log(HttpExchange exchange, Response response, long start) {
        double ms = (System.nanoTime() - start) / 1e6;
        InetSocketAddress remote = exchange.getRemoteAddress();
        options.accessLog().println(String.format(Locale.ROOT, "%s %s \"%s %s\" %d %d %.1fms",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), remote == null ? "-" : remote.getAddress().getHostAddress(),
                exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                response.status(), response.body().length, ms));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "crosscheck-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
