package org.crosscheck.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Recognises the parts of a web page that are not the article: navigation, menus, banners,
 * sharing and social widgets, cookie notices, related links, newsletter and subscription prompts,
 * advertising, promotions, footers, breadcrumbs, comments, and the labels around the copy (kicker,
 * byline, timestamp, topic tags, video player notices), and lists whose every item is a link
 * ({@link LinkLists}).
 *
 * <p>It judges by the markup's form (tag, ARIA role, the words of class and id), never by the
 * visible words of a particular site.
 */
final class PageFurniture {

    /** Elements that never hold article copy. */
    static final String FURNITURE_TAGS =
            "script, style, noscript, template, nav, footer, aside, form, iframe, frame, object, embed, "
                    + "svg, canvas, video, audio, button, select, input, textarea, dialog, figcaption, "
                    + "[hidden], [aria-hidden=true]";

    private static final Set<String> ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "search", "menu", "menubar", "dialog", "alertdialog", "toolbar");

    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "menus", "cookie", "cookies",
            "consent", "gdpr", "banner", "share", "sharing", "social", "related", "newsletter", "subscribe",
            "subscription", "signup", "advert", "adverts", "advertisement", "advertising", "ad", "ads", "adslot",
            "sponsored", "promo", "promotion", "footer", "breadcrumb", "breadcrumbs", "comment", "comments",
            "sidebar", "popup", "modal", "masthead", "toolbar", "skip", "outbrain", "taboola",
            "kicker", "byline", "timestamp", "topics", "tags", "player");

    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

    /** Elements that can hold the whole article, never removed for their class or id. */
    private static final Set<String> CONTAINERS = Set.of("html", "body", "main", "article");

    private PageFurniture() {
    }

    /**
     * Whether {@code element}'s ARIA role, class or id marks it as furniture. Page-level containers
     * ({@code html}, {@code body}, {@code main}, {@code article}) and the marked article body are
     * never furniture, because sites put state classes such as "has-cookie-banner" on them.
     */
    static boolean isFurniture(Element element) {
        if (CONTAINERS.contains(element.normalName()) || element.attr("itemprop").equalsIgnoreCase("articleBody")
                || element.attr("role").equalsIgnoreCase("main")) {
            return false;
        }
        if (LinkLists.isLinkList(element)) {
            return true;
        }
        if (ROLES.contains(element.attr("role").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return hasFurnitureWord(element.className()) || hasFurnitureWord(element.id());
    }

    private static boolean hasFurnitureWord(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        for (String word : WORD_BREAK.split(attribute)) {
            if (WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
