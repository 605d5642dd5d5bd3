package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Mention;
import org.crosscheck.text.entity.Names;

/**
 * Names written as one list ("Eastlands, Kasarani and Embakasi"): a rewrite may reorder a list,
 * so its members are compared as a set. A list that keeps some members and puts one name the
 * other article never writes in place of one it never writes ("Eastlands, Embakasi and Langata")
 * has had a name swapped, wherever in the list the two stand; so has a pair that keeps one name
 * and changes the other ("Timmins and Rouyn-Noranda" / "Kapuskasing and Rouyn-Noranda").
 */
final class CoordinatedNames {

    /** What may stand between two members of one list. */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(,|,?\\s+and|,?\\s+or)\\s+");

    private CoordinatedNames() {
    }

    /** The one name each sentence's list has that the other article never writes, as a swap. */
    static List<EntityDetector.Swap> swaps(AnalyzedArticle left, List<Mention> lm, AnalyzedArticle right, List<Mention> rm) {
        List<EntityDetector.Swap> out = new ArrayList<>();
        for (List<Mention> l : lists(left.article().text(), lm)) {
            for (List<Mention> r : lists(right.article().text(), rm)) {
                boolean shared = l.stream().anyMatch(a -> r.stream().anyMatch(b -> Names.compatible(a.text(), b.text())));
                if (!shared) {
                    continue;
                }
                List<Mention> leftOnly = l.stream().filter(a -> Slots.neverNamed(a, right, o -> o.kind() != Mention.Kind.DATE)).toList();
                List<Mention> rightOnly = r.stream().filter(b -> Slots.neverNamed(b, left, o -> o.kind() != Mention.Kind.DATE)).toList();
                if (leftOnly.size() == 1 && rightOnly.size() == 1) {
                    Mention a = leftOnly.get(0);
                    Mention b = rightOnly.get(0);
                    out.add(new EntityDetector.Swap(a.span(), a.text(), b.span(), b.text(), a.kind()));
                }
            }
        }
        return out;
    }

    /** Runs of two or more names joined by commas, "and" or "or", in reading order. */
    private static List<List<Mention>> lists(String text, List<Mention> mentions) {
        List<Mention> names = mentions.stream().filter(m -> m.kind() != Mention.Kind.TITLE)
                .sorted(java.util.Comparator.comparingInt(m -> m.span().start())).toList();
        List<List<Mention>> out = new ArrayList<>();
        List<Mention> run = new ArrayList<>();
        for (Mention m : names) {
            if (!run.isEmpty()) {
                Mention last = run.get(run.size() - 1);
                boolean joined = last.span().end() <= m.span().start()
                        && BETWEEN.matcher(text.substring(last.span().end(), m.span().start())).matches();
                if (!joined) {
                    close(run, out);
                    run = new ArrayList<>();
                }
            }
            run.add(m);
        }
        close(run, out);
        return out;
    }

    private static void close(List<Mention> run, List<List<Mention>> out) {
        if (run.size() >= 2) {
            out.add(List.copyOf(run));
        }
    }
}
