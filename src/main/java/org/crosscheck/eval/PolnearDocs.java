package org.crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads PolNeAR's files: brat standoff attributions (offsets in code points, turned here into
 * offsets of the Java string) and the CoreNLP coreference chains shipped with each article
 * (CoreNLP offsets are UTF-16 units already, as Java strings count).
 */
final class PolnearDocs {

    /** A stretch of text as [start, end) pairs in Java string offsets. */
    record Segments(List<int[]> parts) {

        int length() {
            return parts.stream().mapToInt(p -> p[1] - p[0]).sum();
        }

        int overlap(int b, int e) {
            return parts.stream().mapToInt(p -> Math.max(0, Math.min(e, p[1]) - Math.max(b, p[0]))).sum();
        }

        boolean isEmpty() {
            return parts.isEmpty();
        }

        String of(String text) {
            return String.join(" ", parts.stream().map(p -> text.substring(p[0], p[1])).toList());
        }
    }

    /** One gold attribution: what was said and who the text says said it. */
    record Gold(Segments content, Segments source) {
    }

    /** One coreference mention: chain id, span, head span and the head's NER tag. */
    record CorefMention(int chain, int start, int end, int headStart, int headEnd, String ner) {
    }

    private static final Pattern SPAN_LINE = Pattern.compile("^(T\\d+)\t(\\S+) ([\\d ;]+)\t");
    private static final Pattern EVENT_LINE = Pattern.compile("^(E\\d+)\t(.*)$");

    private PolnearDocs() {
    }

    /** The attributions of one .ann file with at least one Content span. */
    static List<Gold> attributions(Path ann, String text) {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<Map<String, List<String>>> events = new ArrayList<>();
        for (String line : lines(ann)) {
            Matcher m = SPAN_LINE.matcher(line);
            if (m.find()) {
                List<int[]> segs = new ArrayList<>();
                for (String seg : m.group(3).split(";")) {
                    String[] be = seg.trim().split(" ");
                    segs.add(new int[] {charOffset(text, Integer.parseInt(be[0])), charOffset(text, Integer.parseInt(be[1]))});
                }
                spans.put(m.group(1), segs);
                continue;
            }
            Matcher e = EVENT_LINE.matcher(line);
            if (e.find()) {
                Map<String, List<String>> roles = new LinkedHashMap<>();
                String[] parts = e.group(2).split("\\s+");
                for (int i = 1; i < parts.length; i++) {
                    int colon = parts[i].indexOf(':');
                    if (colon > 0) {
                        String role = parts[i].substring(0, colon).replaceAll("\\d+$", "");
                        roles.computeIfAbsent(role, k -> new ArrayList<>()).add(parts[i].substring(colon + 1));
                    }
                }
                events.add(roles);
            }
        }
        List<Gold> out = new ArrayList<>();
        for (Map<String, List<String>> roles : events) {
            Segments content = segments(roles.get("Content"), spans);
            if (!content.isEmpty()) {
                out.add(new Gold(content, segments(roles.get("Source"), spans)));
            }
        }
        return out;
    }

    private static Segments segments(List<String> ids, Map<String, List<int[]>> spans) {
        List<int[]> out = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                out.addAll(spans.getOrDefault(id, List.of()));
            }
        }
        out.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return new Segments(out);
    }

    private static int charOffset(String text, int codePoint) {
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoint, cps));
    }

    /**
     * The coreference mentions of a CoreNLP XML file, or null when it is missing, unreadable or
     * its tokens do not line up with the text.
     */
    static List<CorefMention> coref(Path xml, String text) {
        if (!Files.isRegularFile(xml)) {
            return null;
        }
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            doc = f.newDocumentBuilder().parse(xml.toFile());
        } catch (Exception e) {
            return null;
        }
        Map<Long, int[]> tokens = new HashMap<>();
        Map<Long, String> ner = new HashMap<>();
        int total = 0;
        int bad = 0;
        NodeList sentences = doc.getElementsByTagName("sentence");
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            if (!s.hasAttribute("id") || s.getElementsByTagName("tokens").getLength() == 0) {
                continue;
            }
            int sid = Integer.parseInt(s.getAttribute("id"));
            NodeList toks = ((Element) s.getElementsByTagName("tokens").item(0)).getElementsByTagName("token");
            for (int t = 0; t < toks.getLength(); t++) {
                Element tok = (Element) toks.item(t);
                int b = Integer.parseInt(child(tok, "CharacterOffsetBegin"));
                int e = Integer.parseInt(child(tok, "CharacterOffsetEnd"));
                long key = key(sid, Integer.parseInt(tok.getAttribute("id")));
                tokens.put(key, new int[] {b, e});
                String tag = child(tok, "NER");
                ner.put(key, tag == null ? "O" : tag);
                total++;
                String w = child(tok, "word");
                if (w != null && e <= text.length() && !text.substring(b, e).equals(w) && w.length() == e - b
                        && w.chars().allMatch(Character::isLetterOrDigit)) {
                    bad++;
                }
            }
        }
        if (total == 0 || bad > 0.05 * total) {
            return null;
        }
        List<CorefMention> out = new ArrayList<>();
        Element root = doc.getDocumentElement();
        Element document = (Element) root.getElementsByTagName("document").item(0);
        Element outer = firstChild(document, "coreference");
        if (outer == null) {
            return out;
        }
        int chain = 0;
        for (Node n = outer.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c) || !c.getTagName().equals("coreference")) {
                continue;
            }
            NodeList ms = c.getElementsByTagName("mention");
            for (int i = 0; i < ms.getLength(); i++) {
                Element m = (Element) ms.item(i);
                int s = Integer.parseInt(child(m, "sentence"));
                int[] first = tokens.get(key(s, Integer.parseInt(child(m, "start"))));
                int[] last = tokens.get(key(s, Integer.parseInt(child(m, "end")) - 1));
                long hk = key(s, Integer.parseInt(child(m, "head")));
                int[] head = tokens.get(hk);
                if (first != null && last != null && head != null) {
                    out.add(new CorefMention(chain, first[0], last[1], head[0], head[1], ner.get(hk)));
                }
            }
            chain++;
        }
        return out;
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> lines(Path file) {
        return List.of(read(file).split("\n", -1));
    }
}
