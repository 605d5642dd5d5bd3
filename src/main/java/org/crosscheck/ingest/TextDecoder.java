package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text without being told the encoding: a byte-order mark decides
 * first (UTF-8, UTF-16 LE or BE); otherwise the bytes are decoded as strict UTF-8, and if they are
 * not valid UTF-8, as Windows-1252 (a superset of Latin-1 for printable text, and what files
 * labelled Latin-1 usually are). The mark is dropped; nothing else is changed.
 */
final class TextDecoder {

    /** Windows-1252, the fallback for bytes that are not UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Text decoded from {@code bytes} and the charset that decoded it. */
    record Decoded(String text, Charset charset, boolean hadBom) {
    }

    /** Decodes {@code bytes} as described on the class. Never throws for any byte content. */
    static Decoded decode(byte[] bytes) {
        Decoded bom = decodeByBom(bytes);
        if (bom != null) {
            return bom;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
        }
    }

    /**
     * Decodes {@code bytes} by their byte-order mark, without the mark, or returns {@code null}
     * when they start with none.
     */
    static Decoded decodeByBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        return null;
    }

    /**
     * Decodes {@code bytes} with a charset the content declares (an HTML meta tag). A declared
     * Latin-1 is read as Windows-1252, as browsers do; a declared UTF-8 or a charset Java does not
     * know gets the detection of {@link #decode(byte[])}, because mislabelled pages are common.
     */
    static Decoded decode(byte[] bytes, Charset declared) {
        Decoded bom = decodeByBom(bytes);
        if (bom != null || declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return bom != null ? bom : decode(bytes);
        }
        Charset charset = declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252 : declared;
        return new Decoded(new String(bytes, charset), charset, false);
    }
}
