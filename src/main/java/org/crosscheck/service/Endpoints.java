package org.crosscheck.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import com.sun.net.httpserver.HttpExchange;
import org.crosscheck.CrossCheck;
import org.crosscheck.calibration.Calibration;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputException;
import org.crosscheck.model.Report;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.html.HtmlReport;

/**
 * The handlers behind the routes: each reads its request, calls the library facade exactly as the
 * command line does, and renders with the same report writers. Analysis runs in at most
 * {@code threads} requests at once; the others wait for a slot.
 */
final class Endpoints {

    /** The OpenAPI description served at {@code GET /v1/openapi.json}. */
    static final String OPENAPI_RESOURCE = "/org/crosscheck/service/openapi.json";

    /** Archived articles a check compares with when the request does not say. */
    static final int DEFAULT_TOP = 5;

    /** Most archived articles a check may compare with. */
    static final int MAX_TOP = 50;

    private final SourceRequests requests = new SourceRequests();
    private final Semaphore analysisSlots;
    private final Optional<ArchiveLookup> archive;
    private final String openApi;

    Endpoints(int threads, Optional<ArchiveLookup> archive) {
        this.analysisSlots = new Semaphore(threads, true);
        this.archive = archive;
        this.openApi = resource(OPENAPI_RESOURCE);
    }

    /** {@code GET /v1/health}. */
    Response health(HttpExchange exchange) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("version", CrossCheckService.VERSION);
        body.put("archive", archive.isPresent());
        return Response.json(body);
    }

    /** {@code GET /v1/openapi.json}. */
    Response openApi(HttpExchange exchange) {
        return Response.ok(Response.JSON, openApi);
    }

    /** {@code POST /v1/compare[?format=json|html]}. */
    Response compare(HttpExchange exchange) throws IOException {
        boolean html = switch (query(exchange, "format", "json")) {
            case "json" -> false;
            case "html" -> true;
            default -> throw ApiError.badRequest("format must be 'json' or 'html', got '" + query(exchange, "format", "") + "'");
        };
        SourceRequests.Compare request = requests.compare(BodyReader.read(exchange, ArticleReader.MAX_BYTES),
                Calibration.standard().minConfidence());
        Report report = analysed(() -> CrossCheck.compare(request.sources())).withMinConfidence(request.minConfidence());
        return html ? Response.ok(Response.HTML, new HtmlReport().render(report))
                : Response.ok(Response.JSON, new JsonReport().render(report));
    }

    /** {@code POST /v1/check[?top=N]}: 404 when the server has no archive. */
    Response check(HttpExchange exchange) throws IOException {
        ArchiveLookup lookup = archive.orElseThrow(() -> ApiError.notFound(
                "no archive: this server was started without --archive, so /v1/check is not available"));
        String topText = query(exchange, "top", Integer.toString(DEFAULT_TOP));
        int top;
        try {
            top = Integer.parseInt(topText);
        } catch (NumberFormatException e) {
            top = -1;
        }
        if (top < 1 || top > MAX_TOP) {
            throw ApiError.badRequest("top must be a whole number from 1 to " + MAX_TOP + ", got '" + topText + "'");
        }
        Article article = requests.single(BodyReader.read(exchange, ArticleReader.MAX_BYTES));
        int n = top;
        return Response.ok(Response.JSON, analysed(() -> lookup.check(article, n)));
    }

    /** Runs {@code work} in an analysis slot; bad input it finds is the client's 400. */
    private <T> T analysed(java.util.function.Supplier<T> work) {
        analysisSlots.acquireUninterruptibly();
        try {
            return work.get();
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        } finally {
            analysisSlots.release();
        }
    }

    /** The decoded value of query parameter {@code name}, or {@code fallback} when absent. */
    static String query(HttpExchange exchange, String name, String fallback) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return fallback;
        }
        try {
            for (String part : raw.split("&")) {
                int eq = part.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("query string is not URL-encoded: '" + raw + "'");
        }
        return fallback;
    }

    private static String resource(String name) {
        try (InputStream in = Endpoints.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
