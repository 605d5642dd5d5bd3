package org.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.model.Span;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SentenceMarkupTest {

    private static String render(String text, List<Mark> marks) {
        Element p = new Element("p");
        SentenceMarkup.append(p, text, marks);
        return p.html();
    }

    @Test
    void cutsOverlappingMarksIntoFlatStretchesNamingEveryMark() {
        List<Mark> marks = List.of(
                new Mark(new Span(0, 8), Mark.Kind.QUOTE, "Quote credited to A", Map.of()),
                new Mark(new Span(4, 12), Mark.Kind.CONTRADICTS, "NUMBER", Map.of("finding", "f-1")));

        assertThat(render("Some 21 said so", marks)).isEqualTo(
                "<span class=\"quote\" title=\"Quote credited to A\">Some</span>"
                        + "<span class=\"contradicts quote\" title=\"Quote credited to A\nNUMBER\" data-finding=\"f-1\"> 21 </span>"
                        + "<span class=\"contradicts\" title=\"NUMBER\" data-finding=\"f-1\">said</span> so");
    }

    @Test
    void clipsMarksToTheTextAndEscapesIt() {
        assertThat(render("<b>&", List.of(Mark.of(new Span(2, 40), Mark.Kind.CHANGED), Mark.of(new Span(1, 1), Mark.Kind.QUOTE))))
                .isEqualTo("&lt;b<span class=\"w-diff\">&gt;&amp;</span>");
    }

    @Test
    void writesNothingForEmptyText() {
        assertThat(render("", List.of(Mark.of(new Span(0, 3), Mark.Kind.CHANGED)))).isEmpty();
    }

    @Test
    void keepsTheTextExactlyForRandomMarks() {
        Random random = new Random(3L);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append("ab <>&\"' \n".charAt(random.nextInt(10)));
            }
            List<Mark> marks = new ArrayList<>();
            for (int n = random.nextInt(5); n > 0; n--) {
                int start = random.nextInt(text.length() + 3);
                marks.add(Mark.of(new Span(start, start + random.nextInt(6)), Mark.Kind.values()[random.nextInt(3)]));
            }
            Element p = new Element("p");
            SentenceMarkup.append(p, text.toString(), marks);

            assertThat(p.wholeText()).isEqualTo(text.toString());
            assertThat(p.select("span span")).isEmpty();
        }
    }
}
