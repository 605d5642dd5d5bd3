package org.crosscheck.ingest;

import org.jsoup.nodes.Element;

/**
 * Recognises a list of links to other pages (related stories, "more on this", most read) by its
 * form, whatever its class says: a list of at least two items in which every item is little
 * more than a link. A list of points that merely contains a link keeps its copy.
 */
final class LinkLists {

    /** An item counts as a link when its links cover at least this share of its visible letters. */
    private static final double LINKED_SHARE = 0.8;

    private LinkLists() {
    }

    /** Whether {@code element} is a {@code ul} or {@code ol} whose items are all links. */
    static boolean isLinkList(Element element) {
        String tag = element.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        int items = 0;
        for (Element li : element.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            int all = letters(li.text());
            if (all == 0) {
                continue;
            }
            int linked = li.select("a[href]").stream().mapToInt(a -> letters(a.text())).sum();
            if (linked < LINKED_SHARE * all) {
                return false;
            }
            items++;
        }
        return items >= 2;
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
