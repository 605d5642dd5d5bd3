package org.crosscheck.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.crosscheck.model.Sentence;

/**
 * Finds the archived articles that report the same story as a copy, sentence by sentence through
 * the store's index rather than by reading every article: each matchable sentence of the copy
 * asks the store for its nearest archived sentences, and an article collects the copy sentences
 * it holds. A sentence is held when the shorter of the two has at least
 * {@value #SHARED_WORDS_SHARE} of its words in the other (words after English analysis), which
 * survives reworded verbs, other name forms, split and merged sentences, and at least
 * {@value #MIN_SHARED_WORDS} words are shared.
 *
 * <p>An article matches when it holds at least {@value #MIN_SHARED} of the copy's sentences (all
 * of them when the copy has fewer) and its score, the weighted share of the copy's sentences it
 * holds, is at least {@value #MIN_SCORE}: a different story that shares a stock phrase or one
 * quote with the copy stays below both. Matches rank by score; among archived versions of one story
 * that hold the copy alike (an updated wire story, a republished page), the one worded most like
 * the copy ({@link Match#closeness()}) comes first.
 */
public final class StoryMatcher {

    /** Words a sentence needs to be matched on: shorter ones ("He said so.") tell no story apart. */
    static final int MIN_WORDS = 4;
    static final int MIN_SHARED_WORDS = 4;
    static final double SHARED_WORDS_SHARE = 0.6;
    static final int MIN_SHARED = 2;
    static final double MIN_SCORE = 0.2;
    /** Archived sentences asked for per copy sentence. */
    static final int HITS_PER_SENTENCE = 20;
    /** Shared sentences a match keeps as its reason. */
    public static final int EXAMPLES = 3;

    private final ArchiveStore store;

    /** A matcher over {@code store}. */
    public StoryMatcher(ArchiveStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The archived articles that report the same story as the copy whose sentences are given, best
     * first (score, then shared sentences, then id); empty when none does.
     *
     * @param copy the copy's sentences; page furniture is skipped
     */
    public List<Match> match(List<Sentence> copy) {
        Objects.requireNonNull(copy, "copy");
        Map<String, Map<Integer, Match.SharedSentence>> held = new HashMap<>();
        int matchable = 0;
        for (Sentence s : copy) {
            List<String> words = s.kind().isCompared() ? SentenceTerms.of(s.text()) : List.of();
            if (words.size() < MIN_WORDS) {
                continue;
            }
            matchable++;
            Set<String> own = new HashSet<>(words);
            for (SentenceHit hit : store.similarSentences(s.text(), HITS_PER_SENTENCE)) {
                List<String> other = SentenceTerms.of(hit.text());
                int shared = shared(own, other);
                double similarity = similarity(shared, own.size(), other.size());
                if (similarity < SHARED_WORDS_SHARE) {
                    continue;
                }
                double closeness = 2.0 * shared / (own.size() + other.size());
                held.computeIfAbsent(hit.articleId(), k -> new HashMap<>())
                        .merge(s.index(), new Match.SharedSentence(s.index(), hit.sentence(), similarity, closeness),
                                (a, b) -> BETTER.compare(b, a) > 0 ? b : a);
            }
        }
        int needed = Math.min(MIN_SHARED, matchable);
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Match.SharedSentence>> e : held.entrySet()) {
            List<Match.SharedSentence> pairs = new ArrayList<>(e.getValue().values());
            double score = Math.min(1, pairs.stream().mapToDouble(Match.SharedSentence::similarity).sum() / matchable);
            double closeness = Math.min(score, pairs.stream().mapToDouble(Match.SharedSentence::closeness).sum() / matchable);
            if (pairs.size() < needed || score < MIN_SCORE) {
                continue;
            }
            pairs.sort(BETTER.reversed().thenComparingInt(Match.SharedSentence::copySentence));
            String title = store.article(e.getKey()).map(a -> a.article().title()).orElse("");
            matches.add(new Match(e.getKey(), title, score, closeness, pairs.size(), matchable, pairs.subList(0, Math.min(EXAMPLES, pairs.size()))));
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(Comparator.comparingDouble(Match::closeness).reversed())
                .thenComparing(Comparator.comparingInt(Match::sharedSentences).reversed())
                .thenComparing(Match::id));
        return matches;
    }

    /** The better of two archived sentences for one copy sentence: more of the shorter held, then closer. */
    private static final Comparator<Match.SharedSentence> BETTER = Comparator.comparingDouble(Match.SharedSentence::similarity)
            .thenComparingDouble(Match.SharedSentence::closeness);

    private static int shared(Set<String> own, List<String> other) {
        int shared = 0;
        for (String w : other) {
            if (own.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    /** The share of the shorter sentence's words that the other holds; 0 below the minimums. */
    static double similarity(int shared, int own, int other) {
        if (other < MIN_WORDS || shared < MIN_SHARED_WORDS) {
            return 0;
        }
        return (double) shared / Math.min(own, other);
    }
}
