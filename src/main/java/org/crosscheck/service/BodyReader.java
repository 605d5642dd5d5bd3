package org.crosscheck.service;

import java.io.IOException;
import java.io.InputStream;

import com.sun.net.httpserver.HttpExchange;

/**
 * Reads a request body no larger than a limit: a declared {@code Content-Length} over the limit is
 * refused without keeping a byte of it, and a body without one (chunked) is kept only to one byte
 * past the limit. The rest of an oversized body is read and dropped (up to {@link #DRAIN_FACTOR}
 * times the limit), because a client still sending when the connection closes never sees the 413.
 */
final class BodyReader {

    /** An oversized body up to this many times the limit is drained so that its client reads the 413. */
    static final int DRAIN_FACTOR = 2;

    private BodyReader() {
    }

    /**
     * The body of {@code exchange}.
     *
     * @throws ApiError 413 when it is larger than {@code limit} bytes, 400 when its length header is not a number
     */
    static byte[] read(HttpExchange exchange, long limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("Content-Length is not a number: '" + declared + "'");
            }
            if (length > limit) {
                drain(exchange.getRequestBody(), DRAIN_FACTOR * limit);
                throw ApiError.tooLarge(length, limit);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                drain(in, DRAIN_FACTOR * limit);
                throw ApiError.tooLarge(-1, limit);
            }
            return body;
        }
    }

    private static void drain(InputStream in, long most) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = most;
        for (int n = in.read(buffer); n > 0 && left > 0; n = in.read(buffer)) {
            left -= n;
        }
    }
}
