package org.crosscheck.service;

import java.util.Locale;
import java.util.Map;

/**
 * A request the service refuses, with the HTTP status it maps to and a one-line reason that the
 * client receives as {@code {"error": "<reason>"}}. Each limit has its own factory, so a handler
 * names the limit it enforces and the status follows from it.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    private ApiError(int status, String reason, Map<String, String> headers) {
        super(reason);
        this.status = status;
        this.headers = headers;
    }

    /** 400: the body is not valid JSON, lacks a field, or holds an unusable value. */
    public static ApiError badRequest(String reason) {
        return new ApiError(400, reason, Map.of());
    }

    /** 413: the body is larger than {@code limit} bytes. */
    public static ApiError tooLarge(long size, long limit) {
        String seen = size < 0 ? "more than " + limit : Long.toString(size);
        return new ApiError(413, String.format(Locale.ROOT, "request body too large (%s bytes), the limit is %d bytes (20 MiB)",
                seen, limit), Map.of());
    }

    /** 404: no endpoint at {@code path}, or the endpoint's resource is not configured. */
    public static ApiError notFound(String reason) {
        return new ApiError(404, reason, Map.of());
    }

    /** 405: {@code path} exists but does not take {@code method}; {@code allowed} goes in the Allow header. */
    public static ApiError methodNotAllowed(String method, String path, String allowed) {
        return new ApiError(405, "method " + method + " not allowed on " + path + ", use " + allowed, Map.of("Allow", allowed));
    }

    /** 503: {@code inFlight} requests are already being served; try again after {@code retryAfterSeconds}. */
    public static ApiError overloaded(int inFlight, int retryAfterSeconds) {
        return new ApiError(503, "server busy: " + inFlight + " requests in flight, retry after " + retryAfterSeconds + " s",
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** Extra response headers this error requires (Allow, Retry-After). */
    public Map<String, String> headers() {
        return headers;
    }
}
