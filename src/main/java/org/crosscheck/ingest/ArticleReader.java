package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.crosscheck.model.Article;
import org.crosscheck.model.InputException;

/**
 * Reads one source file, plain text or HTML, into an {@link Article}.
 *
 * <p>Plain text is decoded (see {@link #read(Path, String)}) and kept exactly as written, so that
 * offsets into {@link Article#text()} match offsets into the file's characters. HTML is reduced to
 * the article body: the headline, then one paragraph per block, separated by blank lines.
 *
 * <p>Every problem with the input — missing, unreadable, a directory, too large, binary, empty —
 * fails with an {@link InputException} whose message is one line naming the file and the problem.
 * A {@code null} or blank argument is a programming error and fails with
 * {@link IllegalArgumentException} or {@link NullPointerException} naming the parameter.
 */
public final class ArticleReader {

    /** Largest file read, in bytes (20 MiB); larger files are rejected before they are read. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern HTML_START = Pattern.compile("(?i)\\s*(<!doctype\\s+html|<html[\\s>])");
    private static final int HTML_SNIFF_CHARS = 1024;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /**
     * Reads {@code path} as the source named {@code id}.
     *
     * <p>The encoding is taken from a byte-order mark (UTF-8, UTF-16 LE/BE), else the bytes are
     * read as UTF-8 if they are valid UTF-8, else as Windows-1252 (which reads Latin-1 text too).
     * An HTML page's declared {@code <meta>} charset is honoured when it has no byte-order mark. A
     * file is HTML when its name ends in .html or .htm, or its text starts with
     * {@code <!DOCTYPE html} or {@code <html}.
     *
     * @param path the file, as given by the user; messages name it this way
     * @param id the source's short name, not blank
     * @return the article; for plain text its text is the decoded file without the byte-order mark
     * @throws InputException if the file is missing, a directory, unreadable, larger than
     *     {@link #MAX_BYTES}, binary, or has no article text
     */
    public Article read(Path path, String id) {
        Objects.requireNonNull(path, "path");
        requireId(id);
        byte[] bytes = readBytes(path);
        String name = displayName(path);
        if (bytes.length == 0) {
            throw new InputException(name + ": empty file (0 bytes), expected article text");
        }
        BinarySniffer.kindOf(bytes).ifPresent(kind -> {
            throw new InputException(name + ": binary file (" + kind + "), expected text or HTML");
        });
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (isHtml(path, decoded.text())) {
            String html = decoded.hadBom() ? decoded.text() : HtmlExtractor.decode(bytes);
            rejectBinary(name, html);
            return fromHtml(id, html, path.toString());
        }
        rejectBinary(name, decoded.text());
        return article(id, path.toString(), decoded.text());
    }

    /**
     * An article from plain text already in memory, kept exactly as given.
     *
     * @param id the source's short name, not blank; messages name the source by it
     * @param text the article text, not null
     * @return the article, titled by its first headline-like line, with an empty path
     * @throws InputException if the text is empty, only white space, or binary (NUL characters or
     *     mostly control characters)
     */
    public Article fromText(String id, String text) {
        requireId(id);
        Objects.requireNonNull(text, "text");
        rejectBinaryText(label(id), text);
        return article(id, "", text);
    }

    /**
     * An article from the markup of a web page already in memory: the headline ({@code <h1>}) as
     * the first line, then each paragraph, cross-head, list item and block quote of the article body
     * as its own paragraph, separated by blank lines, with white space inside them collapsed.
     * Navigation, scripts, banners, sidebars, forms, footers and other page furniture are left out.
     * Malformed markup is read as a browser would read it.
     *
     * @param id the source's short name, not blank
     * @param html the page's markup, not null
     * @param path where it came from, for the article and for messages; may be null or empty, in
     *     which case messages name the source by {@code id}
     * @return the article, titled by its {@code <h1>}, else its {@code <title>}
     * @throws InputException if the page is binary (NUL characters or mostly control characters)
     *     or has no article text
     */
    public Article fromHtml(String id, String html, String path) {
        requireId(id);
        Objects.requireNonNull(html, "html");
        String name = label(path == null || path.isEmpty() ? id : path);
        rejectBinaryText(name, html);
        HtmlExtractor.Extracted extracted = HtmlExtractor.extract(html);
        if (extracted.text().isBlank()) {
            throw new InputException(name + ": no article text found in the HTML");
        }
        return new Article(id, path, extracted.title(), extracted.text());
    }

    private static Article article(String id, String path, String text) {
        String name = label(path.isEmpty() ? id : path);
        if (text.isEmpty()) {
            throw new InputException(name + ": article is empty (no text)");
        }
        if (text.isBlank()) {
            throw new InputException(name + ": article is empty (only white space)");
        }
        return new Article(id, path, TextTitles.titleOf(text), text);
    }

    private static byte[] readBytes(Path path) {
        String name = displayName(path);
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory, expected a text or HTML file");
        }
        if (!Files.exists(path)) {
            throw new InputException(name + ": file not found");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(name + ": not a regular file, expected a text or HTML file");
        }
        if (!Files.isReadable(path)) {
            throw new InputException(name + ": cannot read file (permission denied)");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                // Bounded read: the file may have grown since its size was checked.
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(name, bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": cannot read file (permission denied)", e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read file (" + oneLine(e) + ")", e);
        }
    }

    private static InputException tooLarge(String name, long size) {
        return new InputException(String.format(Locale.ROOT, "%s: file too large (%d bytes), the limit is %d bytes (20 MiB)",
                name, size, MAX_BYTES));
    }

    private static void rejectBinary(String name, String text) {
        Optional<String> reason = BinarySniffer.binaryReason(text);
        if (reason.isPresent()) {
            throw new InputException(name + ": binary file (" + reason.get() + "), expected text or HTML");
        }
    }

    private static void rejectBinaryText(String name, String text) {
        Optional<String> reason = BinarySniffer.binaryReason(text);
        if (reason.isPresent()) {
            throw new InputException(name + ": binary content (" + reason.get() + "), expected text or HTML");
        }
    }

    private static boolean isHtml(Path path, String text) {
        Path fileName = path.getFileName();
        String lower = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        return HTML_START.matcher(text.substring(0, Math.min(text.length(), HTML_SNIFF_CHARS))).lookingAt();
    }

    private static String oneLine(IOException e) {
        String message = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    /** The path as given, with control characters shown as '?' so that a message stays one line. */
    private static String displayName(Path path) {
        return label(path.toString());
    }

    private static String label(String name) {
        return CONTROL.matcher(name).replaceAll("?");
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank, got " + (id == null ? "null" : "'" + id + "'"));
        }
    }
}
