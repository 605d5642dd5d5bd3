package org.crosscheck.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.TextAnalyzer;
import org.crosscheck.text.entity.Equivalence;

/**
 * Scores speakers on BASIL's direct-quote spans ({@link BasilDocs}). A gold span is found when a
 * quote crosscheck finds covers at least half of it. The speaker is right when crosscheck's name
 * matches the gold name as {@link GoldNames#match} reads names (surname and first name or
 * initial). A span the annotators credit to a group or side ("Tea_Party") or to an unnamed
 * "other" speaker cannot be scored by name: it is counted apart, with how many of them crosscheck
 * credits to someone at confidence 0.8 or more.
 */
final class BasilSpeakers {

    /** Quotes whose gold speaker is a group or unnamed, and how many of them crosscheck credits confidently. */
    static final class Unnamed {
        int quotes;
        int credited08;
    }

    private BasilSpeakers() {
    }

    /** Scores {@code docs} into {@code t} (named gold speakers) and {@code u}; error rows go to {@code rows} when not null. */
    static void run(List<BasilDocs.Doc> docs, SpeakerEval.Tally t, Unnamed u, List<String> rows) {
        TextAnalyzer analyzer = new TextAnalyzer();
        for (BasilDocs.Doc doc : docs) {
            AnalyzedArticle a = analyzer.analyze(doc.article());
            String text = doc.article().text();
            for (BasilDocs.Gold g : doc.golds()) {
                Quote q = best(a.quotes(), g);
                if (g.kind() != BasilDocs.Kind.PERSON) {
                    u.quotes++;
                    if (q != null && q.speaker().isKnown() && q.speaker().confidence() >= 0.8) {
                        u.credited08++;
                    }
                    continue;
                }
                t.quotes++;
                if (q == null) {
                    row(rows, "missed", doc, g, null, text);
                    continue;
                }
                t.found++;
                Speaker sp = q.speaker();
                String verdict;
                if (!sp.isKnown()) {
                    verdict = "unknown";
                    t.unknown++;
                } else if (matches(sp.name(), g.speaker()) || spelledAsWritten(sp.name(), g.speaker(), text)) {
                    verdict = "right";
                    t.right++;
                } else {
                    verdict = "wrong";
                    t.wrong++;
                }
                if (sp.isKnown()) {
                    boolean right = verdict.equals("right");
                    if (sp.confidence() >= 0.8) {
                        t.conf08++;
                        t.conf08Right += right ? 1 : 0;
                    }
                    if (sp.confidence() >= 0.7) {
                        t.conf07++;
                        t.conf07Right += right ? 1 : 0;
                    }
                }
                row(rows, verdict, doc, g, q, text);
            }
        }
    }

    /**
     * Whether the predicted name is the gold label's person: {@link GoldNames#match} on names
     * without diacritics, where a label cut short at a diacritic ({@code Felipe_Calder}) stands
     * for the surname it begins, and a given name matches its nickname (Mike, Michael).
     */
    static boolean matches(String predicted, String gold) {
        String p = plain(predicted);
        String g = plain(gold);
        if (GoldNames.match(p, g)) {
            return true;
        }
        String[] pw = p.split("\\s+");
        String[] gw = g.split("\\s+");
        String ps = pw[pw.length - 1].toLowerCase(Locale.ROOT);
        String gs = gw[gw.length - 1].toLowerCase(Locale.ROOT);
        boolean surname = ps.equals(gs) || gs.length() >= 5 && ps.startsWith(gs);
        if (!surname) {
            return false;
        }
        return pw.length == 1 || gw.length == 1 || pw[0].equalsIgnoreCase(gw[0]) || Equivalence.sameGivenName(pw[0], gw[0]);
    }

    /**
     * Whether the predicted name is the gold person as the article spells them: a word of the
     * label (surname or given name) that never stands in the article differs by one letter from
     * the predicted word in its place ("Vincente Fox" for {@code Vicente_Fox}, "Cowen" for
     * {@code William_Cowan}), and the other word matches. A speaker is read from the text, so the
     * text's spelling is the only one it can give.
     */
    static boolean spelledAsWritten(String predicted, String gold, String text) {
        String[] pw = plain(predicted).toLowerCase(Locale.ROOT).split("\\s+");
        String[] gw = plain(gold).toLowerCase(Locale.ROOT).split("\\s+");
        String page = plain(text).toLowerCase(Locale.ROOT);
        String ps = pw[pw.length - 1];
        String gs = gw[gw.length - 1];
        boolean surname = ps.equals(gs) || asWritten(ps, gs, page);
        if (!surname || pw.length == 1 || gw.length == 1) {
            return surname && !ps.equals(gs);
        }
        boolean given = pw[0].equals(gw[0]) || Equivalence.sameGivenName(pw[0], gw[0]);
        return given && !ps.equals(gs) || ps.equals(gs) && asWritten(pw[0], gw[0], page);
    }

    /** A label word the article never writes, one letter from the word the article has in its place. */
    private static boolean asWritten(String predicted, String gold, String page) {
        return gold.length() >= 4 && !java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(gold) + "\\b").matcher(page).find()
                && editDistance(predicted, gold) == 1;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").strip();
    }

    private static Quote best(List<Quote> quotes, BasilDocs.Gold g) {
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : quotes) {
            int ov = Math.min(g.end(), q.span().end()) - Math.max(g.start(), q.span().start());
            if (ov > bestOverlap) {
                best = q;
                bestOverlap = ov;
            }
        }
        return bestOverlap * 2 >= g.end() - g.start() ? best : null;
    }

    private static void row(List<String> rows, String verdict, BasilDocs.Doc doc, BasilDocs.Gold g, Quote q, String text) {
        if (rows == null) {
            return;
        }
        Speaker sp = q == null ? null : q.speaker();
        int from = Math.max(0, g.start() - 150);
        rows.add(String.join("\t", verdict, doc.id(), String.valueOf(g.start()), g.speaker(),
                sp == null || sp.name() == null ? "" : sp.name(),
                String.format(Locale.ROOT, "%.2f", sp == null ? 0.0 : sp.confidence()),
                sp == null || sp.chain() == null ? "" : sp.chain(),
                text.substring(from, Math.min(text.length(), g.end() + 150))).replace('\n', ' '));
    }
}
