package org.crosscheck.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * BERT's uncased WordPiece tokenizer, as a Hugging Face {@code tokenizer.json} with a
 * {@code BertNormalizer}, {@code BertPreTokenizer} and {@code WordPiece} model describes it: text
 * cleaned, lower-cased and stripped of accents, split at spaces and around punctuation, each word
 * cut into the longest pieces the vocabulary knows.
 */
final class WordPieceTokenizer {

    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocab;
    private final int unknown;
    private final int classToken;
    private final int separator;

    private WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = vocab;
        this.unknown = id(vocab, "[UNK]");
        this.classToken = id(vocab, "[CLS]");
        this.separator = id(vocab, "[SEP]");
    }

    /** The tokenizer whose vocabulary {@code json} (a Hugging Face tokenizer.json) holds. */
    static WordPieceTokenizer read(InputStream json) {
        // streamed: a tree of the whole file (30,000 entries) costs several times as long to build;
        // the vocabulary's words are field names, each read once: interning them (Jackson's default)
        // doubled the time of a first read
        JsonFactory factory = JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("tokenizer.json is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("model")) {
                    return readModel(p);
                }
                p.skipChildren();
            }
            throw new IllegalArgumentException("tokenizer.json has no model");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer's vocabulary", e);
        }
    }

    private static WordPieceTokenizer readModel(JsonParser p) throws IOException {
        String type = null;
        Map<String, Integer> vocab = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("type")) {
                type = p.getText();
            } else if (field.equals("vocab")) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String token = p.currentName();
                    p.nextToken();
                    vocab.put(token, p.getIntValue());
                }
            } else {
                p.skipChildren();
            }
        }
        if (!"WordPiece".equals(type)) {
            throw new IllegalArgumentException("tokenizer model is not WordPiece: " + type);
        }
        return new WordPieceTokenizer(vocab);
    }

    private static int id(Map<String, Integer> vocab, String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("vocabulary lacks " + token);
        }
        return id;
    }

    /** Token ids of {@code text} between [CLS] and [SEP], at most {@code max} in all. */
    long[] ids(String text, int max) {
        List<Integer> ids = new ArrayList<>();
        ids.add(classToken);
        for (String word : words(text)) {
            if (ids.size() >= max - 1) {
                break;
            }
            pieces(word, ids);
        }
        while (ids.size() > max - 1) {
            ids.remove(ids.size() - 1);
        }
        ids.add(separator);
        long[] out = new long[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }

    /** Normalised words and punctuation marks, in order. */
    static List<String> words(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < norm.length(); ) {
            int cp = norm.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == 0 || cp == 0xFFFD || type == Character.NON_SPACING_MARK
                    || (isControl(cp, type) && !Character.isWhitespace(cp))) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(word, words);
            } else if (isPunctuation(cp, type) || isCjk(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        flush(word, words);
        return words;
    }

    private void pieces(String word, List<Integer> into) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            into.add(unknown);
            return;
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer piece = null;
            while (end > start) {
                String sub = (start > 0 ? "##" : "") + word.substring(start, end);
                piece = vocab.get(sub);
                if (piece != null) {
                    break;
                }
                end--;
                if (end > start && Character.isLowSurrogate(word.charAt(end))) {
                    end--;
                }
            }
            if (piece == null) {
                into.add(unknown);
                return;
            }
            found.add(piece);
            start = end;
        }
        into.addAll(found);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isControl(int cp, int type) {
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    private static boolean isPunctuation(int cp, int type) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
