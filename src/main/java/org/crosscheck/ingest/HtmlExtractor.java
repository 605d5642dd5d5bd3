package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the body of a news article from a web page: the headline, then each paragraph,
 * cross-head, list item and block quote of the article, without menus, scripts, banners,
 * sidebars or footers. Malformed markup never makes it throw.
 */
final class HtmlExtractor {

    /** How many leading bytes are searched for a declared charset, as browsers do. */
    private static final int CHARSET_PREFIX = 5000;

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dt", "dd");

    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

    private HtmlExtractor() {
    }

    /**
     * The article of a page.
     *
     * @param title the headline, else the page title, else ""
     * @param text the headline as the first line, then the article's blocks, separated by blank lines;
     *     "" when the page has no article text
     */
    record Extracted(String title, String text) {
    }

    /**
     * Decodes the bytes of a page: a byte-order mark first, then a charset declared in a
     * {@code <meta>} tag within the first 5,000 bytes, then {@link TextDecoder#decode(byte[])}.
     */
    static String decode(byte[] bytes) {
        return TextDecoder.decode(bytes, declaredCharset(bytes)).text();
    }

    /** The charset a page declares in {@code <meta charset>} or {@code http-equiv}, or {@code null}. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_PREFIX), StandardCharsets.ISO_8859_1);
        for (Element meta : Jsoup.parse(head).select("meta[charset], meta[http-equiv][content]")) {
            String name = meta.hasAttr("charset") ? meta.attr("charset") : charsetOfContentType(meta);
            Charset charset = charsetNamed(name);
            if (charset != null) {
                return charset;
            }
        }
        return null;
    }

    /** Extracts the article of a decoded page, as described on the class. */
    static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        List<Element> headlines = new ArrayList<>(doc.select("h1"));
        headlines.removeIf(h -> collapse(h.text()).isEmpty() || h.closest("nav, footer, aside") != null);
        doc.select(PageFurniture.FURNITURE_TAGS).remove();
        doc.select("header").remove();
        for (Element e : doc.getAllElements()) {
            if (e.parent() != null && PageFurniture.isFurniture(e)) {
                e.remove();
            }
        }
        Element root = contentRoot(doc);
        Element headline = headlineOf(root, headlines);
        if (headline != null && headline.parent() != null) {
            headline.remove();
        }
        List<String> blocks = blocksOf(root);
        if (blocks.isEmpty() && root != doc.body()) {
            blocks = blocksOf(doc.body());
        }
        if (blocks.isEmpty()) {
            String loose = collapse(doc.body().text());
            blocks = loose.isEmpty() ? List.of() : List.of(loose);
        }
        String headlineText = headline == null ? "" : collapse(headline.text());
        List<String> lines = new ArrayList<>();
        if (!headlineText.isEmpty()) {
            lines.add(headlineText);
        }
        for (String block : blocks) {
            boolean repeatsHeadline = lines.size() == 1 && !headlineText.isEmpty() && block.equals(headlineText);
            if (!repeatsHeadline) {
                lines.add(block);
            }
        }
        String text = String.join("\n\n", lines);
        String title = !headlineText.isEmpty() ? headlineText : collapse(doc.title());
        return new Extracted(title.isEmpty() && !lines.isEmpty() ? lines.get(0) : title, text);
    }

    /**
     * The element holding the article: the marked article body, else the {@code <article>} with the
     * most paragraph text, else the main landmark, else the element whose paragraphs carry most text.
     */
    private static Element contentRoot(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null && hasParagraphText(marked)) {
            return marked;
        }
        Elements articles = doc.select("article");
        Element article = articles.stream().max(Comparator.comparingInt(HtmlExtractor::paragraphText)).orElse(null);
        if (article != null && hasParagraphText(article)) {
            return article;
        }
        Element main = doc.selectFirst("[role=main], main");
        if (main != null && hasParagraphText(main)) {
            return main;
        }
        return densestParagraphParent(doc);
    }

    /** The element whose paragraphs, and half of whose grandchildren paragraphs, carry most text. */
    private static Element densestParagraphParent(Document doc) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : doc.body().select("p")) {
            int length = collapse(p.text()).length();
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, (double) length, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, length / 2.0, Double::sum);
            }
        }
        Element best = doc.body();
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best;
    }

    private static Element headlineOf(Element root, List<Element> candidates) {
        Element inside = root.selectFirst("h1");
        if (inside != null && !collapse(inside.text()).isEmpty()) {
            return inside;
        }
        // Outside the article an <h1> may be the site's name, so take the longest: the headline.
        return candidates.stream().max(Comparator.comparingInt(h -> collapse(h.text()).length())).orElse(null);
    }

    private static boolean hasParagraphText(Element element) {
        return paragraphText(element) > 0;
    }

    private static int paragraphText(Element element) {
        return element.select("p, li, blockquote").stream().mapToInt(p -> collapse(p.text()).length()).sum();
    }

    /** The text inside blocks, in reading order, one entry per stretch between a block's start and end tags. */
    private static List<String> blocksOf(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] depth = {0};
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int level) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, blocks);
                    depth[0]++;
                } else if (depth[0] > 0 && node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (depth[0] > 0 && node instanceof Element e && e.normalName().equals("br")) {
                    current.append(' ');
                }
            }

            @Override
            public void tail(Node node, int level) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, blocks);
                    depth[0]--;
                }
            }
        });
        return blocks;
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String text = collapse(current.toString());
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        current.setLength(0);
    }

    /** {@code text} with every run of white space, non-breaking spaces included, made one space, trimmed. */
    static String collapse(String text) {
        return SPACE.matcher(text).replaceAll(" ").trim();
    }

    private static String charsetOfContentType(Element meta) {
        if (!meta.attr("http-equiv").trim().equalsIgnoreCase("content-type")) {
            return "";
        }
        Matcher m = CONTENT_TYPE_CHARSET.matcher(meta.attr("content"));
        return m.find() ? m.group(1) : "";
    }

    private static Charset charsetNamed(String name) {
        String trimmed = name.trim().replaceAll("^[\"']|[\"']$", "");
        if (trimmed.isEmpty()) {
            return null;
        }
        // A page that declares UTF-16 in readable ASCII is not UTF-16; browsers read it as UTF-8.
        if (trimmed.toLowerCase(Locale.ROOT).startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(trimmed) ? Charset.forName(trimmed) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
