package org.crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.model.Article;

/**
 * Reads BASIL (Fan et al., EMNLP 2019; github.com/launchnlp/BASIL, extracted outside the
 * repository): {@code articles/YEAR/TRIPLET_N.json} holds the body as paragraphs of sentences,
 * {@code annotations/YEAR/TRIPLET_N_ann.json} the bias spans. A span marked {@code quote: yes}
 * carries its {@code speaker}: a person or a group written with underscores
 * ({@code Donald_Trump}, {@code House_Democrats}), or {@code other_anti},
 * {@code other_pro}, {@code other_neutral} for a speaker the annotators did not name. Its
 * {@code start}/{@code end} count within one sentence, and which sentence is not recorded: the
 * sentence is the one whose text at those offsets is the span's text.
 *
 * <p>BASIL annotates only the quoted words that carry bias, so it scores a sample of direct
 * quotes, not all of them, and only those credited to a person can be scored by name. A span counts as a direct quote when it lies inside quotation marks of
 * its paragraph (or begins or ends with one); a speaker-quote span outside quotation marks is
 * reported speech and is left out.
 */
final class BasilDocs {

    /** Speaker kinds: a named person, a group or stance label, or a speaker the annotators left unnamed. */
    enum Kind { PERSON, GROUP, UNNAMED }

    /**
     * BASIL's speaker labels that name a group or a side rather than the person who spoke: the
     * annotators credit a quote of "Bill Hennessy, a St. Louis Tea Party organizer" to
     * {@code Tea_Party}, so such a label cannot score a speaker by name. These are all the group
     * labels among the 74 speaker labels of the release (commit 4fdbc4f); every other label but
     * {@code other_*} names one person.
     */
    private static final Set<String> GROUP_LABELS = Set.of("BuzzFeed", "Catholics", "Democratic_Lawmakers",
            "Democratic_lawmakers", "Democratic_lawmaker", "Democrats", "GOP_committee_members", "House_Democrats",
            "House_Republicans", "NAACP", "Nebraska_and_Oklahoma_officials", "Nebraska_officials", "Obama_campaign",
            "Republican_Lawmakers", "Republican_lawmakers", "Romney_campaign", "Secure_America_Now", "Senate_Republicans",
            "State_Department_officials", "Tea_Party", "White_House_officials_and_lawmakers", "internet_companies",
            "plaintiffs", "protestors", "senate_Democrats");

    /** One annotated quote span: offsets into the article text, the gold speaker and its kind. */
    record Gold(int start, int end, String speaker, Kind kind) {
    }

    /** One article: its triplet id (the story it tells, shared by three outlets), text and golds. */
    record Doc(String triplet, String id, Article article, List<Gold> golds, int unplaced, int indirect) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPENERS = "\u201C\u00AB\u201E";
    private static final String CLOSERS = "\u201D\u00BB";

    private BasilDocs() {
    }

    /** Every annotated article under {@code root} (which holds {@code articles/} and {@code annotations/}), by path. */
    static List<Doc> read(Path root) {
        List<Path> anns;
        try (Stream<Path> s = Files.walk(root.resolve("annotations"))) {
            anns = s.filter(p -> p.toString().endsWith("_ann.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Doc> docs = new ArrayList<>();
        for (Path ann : anns) {
            String f = ann.getFileName().toString();
            String id = f.substring(0, f.length() - "_ann.json".length());
            Path art = root.resolve("articles").resolve(ann.getParent().getFileName()).resolve(id + ".json");
            if (Files.isRegularFile(art)) {
                docs.add(doc(id, art, ann));
            }
        }
        return docs;
    }

    private static Doc doc(String id, Path articleFile, Path annFile) {
        JsonNode art = tree(articleFile);
        JsonNode ann = tree(annFile);
        StringBuilder text = new StringBuilder();
        List<int[]> sentences = new ArrayList<>(); // start offset of each sentence and its paragraph index
        List<int[]> paragraphs = new ArrayList<>();
        for (JsonNode para : art.path("body-paragraphs")) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int pStart = text.length();
            boolean first = true;
            for (JsonNode sent : para) {
                if (!first) {
                    text.append(' ');
                }
                first = false;
                sentences.add(new int[] {text.length(), text.length() + sent.asText().length()});
                text.append(sent.asText());
            }
            paragraphs.add(new int[] {pStart, text.length()});
        }
        String body = text.toString();
        String triplet = id.substring(0, id.lastIndexOf('_'));
        Set<Gold> golds = new LinkedHashSet<>();
        int unplaced = 0;
        int indirect = 0;
        for (JsonNode p : ann.path("phrase-level-annotations")) {
            if (!"yes".equals(p.path("quote").asText()) || p.path("speaker").asText().isBlank()) {
                continue;
            }
            String txt = p.path("txt").asText();
            int at = place(body, sentences, p.path("start").asInt(-1), txt);
            if (at < 0) {
                unplaced++;
                continue;
            }
            int end = at + txt.length();
            if (!insideQuotes(body, paragraphs, at, end)) {
                indirect++;
                continue;
            }
            String sp = p.path("speaker").asText();
            Kind kind = sp.toLowerCase(Locale.ROOT).startsWith("other_") ? Kind.UNNAMED
                    : GROUP_LABELS.contains(sp.strip()) ? Kind.GROUP : Kind.PERSON;
            golds.add(new Gold(at, end, sp.replace('_', ' ').strip(), kind));
        }
        return new Doc(triplet, id, new Article(id, articleFile.toString(), art.path("title").asText(), body),
                List.copyOf(golds), unplaced, indirect);
    }

    /** The offset of {@code txt} in the text: the sentence that has it at {@code start}, else its only occurrence. */
    private static int place(String body, List<int[]> sentences, int start, String txt) {
        if (txt.isBlank()) {
            return -1;
        }
        for (int[] s : sentences) {
            int at = s[0] + start;
            if (start >= 0 && at + txt.length() <= s[1] && body.startsWith(txt, at)) {
                return at;
            }
        }
        int first = body.indexOf(txt);
        return first >= 0 && body.indexOf(txt, first + 1) < 0 ? first : -1;
    }

    /** Whether [start, end) begins or ends with a quotation mark or lies after an opening mark not yet closed in its paragraph. */
    static boolean insideQuotes(String body, List<int[]> paragraphs, int start, int end) {
        String s = body.substring(start, end).strip();
        if (!s.isEmpty() && (OPENERS.indexOf(s.charAt(0)) >= 0 || s.charAt(0) == '"')) {
            return true;
        }
        String t = s.replaceAll("[\\s.,;:!?]+$", "");
        if (!t.isEmpty() && (CLOSERS.indexOf(t.charAt(t.length() - 1)) >= 0 || t.charAt(t.length() - 1) == '"')) {
            return true;
        }
        for (int[] p : paragraphs) {
            if (start >= p[0] && start <= p[1]) {
                boolean open = false;
                boolean straight = false;
                for (int i = p[0]; i < start; i++) {
                    char c = body.charAt(i);
                    if (OPENERS.indexOf(c) >= 0) {
                        open = true;
                    } else if (CLOSERS.indexOf(c) >= 0) {
                        open = false;
                    } else if (c == '"') {
                        straight = !straight;
                    }
                }
                return open || straight;
            }
        }
        return false;
    }

    private static JsonNode tree(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
