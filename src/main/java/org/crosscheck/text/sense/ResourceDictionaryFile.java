package org.crosscheck.text.sense;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.JWNLIOException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file.DictionaryFileFactory;
import net.sf.extjwnl.dictionary.file.DictionaryFileType;
import net.sf.extjwnl.princeton.file.AbstractPrincetonRandomAccessDictionaryFile;
import net.sf.extjwnl.util.ByteArrayCharSequence;
import net.sf.extjwnl.util.PointedCharSequence;
import net.sf.extjwnl.util.factory.Param;

/**
 * A WordNet file read from the class path into memory on first read, not when the dictionary
 * opens: the files no lookup reads (the sense index, the use counts: a third of the data) are
 * never decompressed, and each file takes one array of its own size.
 *
 * <p>Reads lines and words exactly as extJWNL's own resource file does (ASCII bytes, no encoding
 * parameter), so every lookup gives what it gave.
 */
public final class ResourceDictionaryFile extends AbstractPrincetonRandomAccessDictionaryFile
        implements DictionaryFileFactory<ResourceDictionaryFile> {

    private volatile byte[] buffer;
    private volatile boolean open;
    private int firstLineOffset = -1;

    /** Factory constructor, called by extJWNL with the parameters of the dictionary's properties. */
    public ResourceDictionaryFile(Dictionary dictionary, Map<String, Param> params) {
        super(dictionary, params);
    }

    private ResourceDictionaryFile(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType,
                                   Map<String, Param> params) {
        super(dictionary, path, pos, fileType, params);
        if (encoding != null) {
            throw new IllegalArgumentException("the shipped WordNet is read as bytes; encoding must not be set, got " + encoding);
        }
    }

    @Override
    public ResourceDictionaryFile newInstance(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType) {
        return new ResourceDictionaryFile(dictionary, path, pos, fileType, params);
    }

    /** The files open now, for {@link #readAhead()}. */
    private static final java.util.Set<ResourceDictionaryFile> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The files lookups read, in the order {@link #readAhead()} reads them: the indexes first. */
    private static final java.util.List<DictionaryFileType> LOOKED_UP = java.util.List.of(DictionaryFileType.INDEX,
            DictionaryFileType.DATA, DictionaryFileType.EXCEPTION);

    /**
     * Reads in every open index, data and exception file not read yet, here and now, instead of
     * on the first lookup that needs it (which waits the while); the sense index and use counts,
     * which no lookup reads, stay unread. Each file is read once whoever asks first, so a lookup
     * meanwhile waits at most for the file it needs. A file that cannot be read is left for its
     * first lookup to report.
     */
    static void readAhead() {
        for (DictionaryFileType type : LOOKED_UP) {
            for (ResourceDictionaryFile f : OPEN) {
                if (f.getFileType() == type) {
                    try {
                        f.bytes();
                    } catch (JWNLException e) {
                        // the lookup that needs it reports it
                    }
                }
            }
        }
    }

    @Override
    public void open() {
        open = true;
        OPEN.add(this);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        OPEN.remove(this);
        open = false;
        buffer = null;
    }

    @Override
    public void save() {
        throw new UnsupportedOperationException("the shipped WordNet is read-only");
    }

    @Override
    public void edit() {
        throw new UnsupportedOperationException("the shipped WordNet is read-only");
    }

    private byte[] bytes() throws JWNLException {
        byte[] b = buffer;
        if (b == null) {
            synchronized (this) {
                b = buffer;
                if (b == null) {
                    if (!open) {
                        throw new JWNLException(dictionary.getMessages().resolveMessage("PRINCETON_EXCEPTION_001"));
                    }
                    String name = path + "/" + getFilename();
                    try (InputStream in = ResourceDictionaryFile.class.getResourceAsStream(name)) {
                        if (in == null) {
                            throw new JWNLIOException(new IOException("the build lacks the WordNet file " + name));
                        }
                        b = readAll(in);
                    } catch (IOException e) {
                        throw new JWNLIOException(e);
                    }
                    buffer = b;
                }
            }
        }
        return b;
    }

    /**
     * The whole stream in one array of its own size when the stream says how long it is (a file
     * stored in the jar uncompressed does): readAllBytes would gather it in chunks and copy them
     * into a second array, twice the memory touched for the 15 MB of noun data.
     */
    private static byte[] readAll(InputStream in) throws IOException {
        int size = in.available();
        if (size <= 0) {
            return in.readAllBytes();
        }
        byte[] b = new byte[size];
        int n = in.readNBytes(b, 0, size);
        byte[] rest = in.readAllBytes();
        if (n == size && rest.length == 0) {
            return b;
        }
        byte[] all = java.util.Arrays.copyOf(b, n + rest.length);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
    }

    @Override
    public synchronized long getFirstLineOffset() throws JWNLException {
        if (firstLineOffset == -1) {
            byte[] b = bytes();
            int i = 0;
            boolean eol = true;
            while (i < b.length) {
                if (eol && ' ' != b[i]) {
                    break;
                }
                eol = '\n' == b[i];
                i++;
            }
            firstLineOffset = i;
        }
        return firstLineOffset;
    }

    @Override
    public long getNextLineOffset(long offset) throws JWNLException {
        byte[] b = bytes();
        int start = (int) offset;
        if (start >= b.length || start < 0) {
            return -1;
        }
        int i = start;
        while (i < b.length && '\n' != b[i]) {
            i++;
        }
        long next = (long) i + 1;
        return next >= b.length ? -1 : next;
    }

    @Override
    public int getOffsetLength() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setOffsetLength(int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PointedCharSequence readLine(long offset) throws JWNLException {
        byte[] b = bytes();
        int start = (int) offset;
        if (start >= b.length || start < 0) {
            return null;
        }
        int i = start;
        while (i < b.length && '\n' != b[i]) {
            i++;
        }
        return new ByteArrayCharSequence(b, start, i, i);
    }

    @Override
    public PointedCharSequence readWord(long offset) throws JWNLException {
        byte[] b = bytes();
        int start = (int) offset;
        if (start >= b.length || start < 0) {
            return null;
        }
        int i = start;
        while (i < b.length && ' ' != b[i] && '\n' != b[i]) {
            i++;
        }
        return new ByteArrayCharSequence(b, start, i, i);
    }

    @Override
    public long length() throws JWNLException {
        return bytes().length;
    }
}
