package org.crosscheck.ingest;

import java.util.Optional;

/**
 * Tells binary content from text: by the magic bytes of common non-text formats, and by the share
 * of control characters in decoded text.
 */
final class BinarySniffer {

    /** Share of control characters above which decoded content counts as binary. */
    static final double MAX_CONTROL_SHARE = 0.05;

    private BinarySniffer() {
    }

    /**
     * The name of the format whose magic bytes {@code bytes} starts with (PNG, JPEG, GIF, PDF, ZIP,
     * gzip and a few others), or empty when it starts like none of them.
     */
    static Optional<String> kindOf(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("PNG");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG");
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of("GIF");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("PDF");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6) || startsWith(bytes, 'P', 'K', 7, 8)) {
            return Optional.of("ZIP");
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return Optional.of("gzip");
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of("WebP");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("OLE2, e.g. .doc");
        }
        return Optional.empty();
    }

    /**
     * Why decoded {@code text} is not text — "NUL bytes" or "mostly control characters" — or empty
     * when it reads as text. Tab, line feed, carriage return, form feed and vertical tab are text;
     * other C0 controls, DEL and U+FFFD (bytes no encoding could map) are not.
     */
    static Optional<String> binaryReason(CharSequence text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("NUL bytes");
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return controls > text.length() * MAX_CONTROL_SHARE
                ? Optional.of("mostly control characters") : Optional.empty();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B)
                || c == 0x7F || c == '\uFFFD';
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
