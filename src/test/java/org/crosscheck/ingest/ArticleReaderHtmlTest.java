package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderHtmlTest {

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void keepsOnlyHeadlineAndArticleBlocksOfRealisticPage() throws IOException {
        Path file = dir.resolve("courier.html");
        try (InputStream page = getClass().getResourceAsStream("news-page.html")) {
            Files.write(file, page.readAllBytes());
        }

        Article article = reader.read(file, "courier");

        assertThat(article).isEqualTo(new Article("courier", file.toString(), "Harbour bridge to close for repairs",
                "Harbour bridge to close for repairs\n\n"
                        + "The harbour bridge will close for six weeks from 3 March while engineers replace corroded cables,"
                        + " the city council said on Tuesday.\n\n"
                        + "\u201cWe cannot put this off any longer,\u201d said council leader Amir Khan.\n\n"
                        + "Diversions\n\n"
                        + "Drivers will be sent along the ring road, adding about 20 minutes to the journey.\n\n"
                        + "Buses will run every ten minutes.\n\n"
                        + "A free ferry will carry cyclists.\n\n"
                        + "The work is overdue."));
    }

    @Test
    void findsBodyByParagraphTextWhenPageMarksNoArticle() {
        String html = "<html><head><title>Council votes to cut bin collections - Gazette</title></head><body>"
                + "<div class='top'><div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div></div>"
                + "<div class='wrap'><div class='col-left'><p>Most read</p><p>1. Cat rescued</p></div>"
                + "<div class='col-main'><p>The council voted to cut bin collections to once a fortnight.</p>"
                + "<p>The change starts in April, officials said.</p></div></div>"
                + "<div class='bottom'><p>Gazette Media Ltd</p></div></body></html>";

        Article article = reader.fromHtml("gazette", html, "gazette.html");

        assertThat(article).isEqualTo(new Article("gazette", "gazette.html", "Council votes to cut bin collections - Gazette",
                "The council voted to cut bin collections to once a fortnight.\n\n"
                        + "The change starts in April, officials said."));
    }

    @Test
    void readsMalformedHtmlWithUnclosedTagsAndStrayEndTags() {
        String html = "<html><body></div><h1>Strike <b>called off</h1><div><p>Unions agreed a deal late on Friday."
                + "<p>Trains will run as normal</span> from Monday.<li>Talks lasted nine hours</div></div></td><p";

        Article article = reader.fromHtml("x", html, "");

        assertThat(article).isEqualTo(new Article("x", "", "Strike called off",
                "Strike called off\n\nUnions agreed a deal late on Friday.\n\nTrains will run as normal from Monday.\n\n"
                        + "Talks lasted nine hours"));
    }

    @Test
    void honoursMetaCharsetIso88591() throws IOException {
        String html = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "<title>Prices</title></head><body><article><h1>Caf\u00e9 prices rise</h1>"
                + "<p>A coffee now costs \u00a33.</p></article></body></html>";
        Path file = Files.write(dir.resolve("prices.htm"), html.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reader.read(file, "p").text()).isEqualTo("Caf\u00e9 prices rise\n\nA coffee now costs \u00a33.");
    }

    @Test
    void honoursMetaCharsetEvenWhenBytesWouldPassAsUtf8() throws IOException {
        // "Ã©" in Windows-1252 is the byte pair C3 A9, which is also valid UTF-8 for "é".
        String html = "<html><head><meta charset='windows-1252'></head><body><p>Caf\u00c3\u00a9 society</p></body></html>";
        Path file = Files.write(dir.resolve("page.html"), html.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reader.read(file, "p").text()).isEqualTo("Caf\u00c3\u00a9 society");
    }

    @Test
    void readsUtf16HtmlByBomBeforeLookingForMetaCharset() throws IOException {
        String html = "<html><head><meta charset='iso-8859-1'></head><body><p>\u201cNo,\u201d she said. \u00a35.</p></body></html>";
        Path file = Files.write(dir.resolve("page.html"),
                ArticleReaderEncodingTest.concat(ArticleReaderEncodingTest.bytes(0xFF, 0xFE), html.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(reader.read(file, "p").text()).isEqualTo("\u201cNo,\u201d she said. \u00a35.");
    }

    @Test
    void treatsTextFileStartingWithDoctypeAsHtml() throws IOException {
        Path file = Files.write(dir.resolve("saved.txt"),
                "\n  <!doctype html><title>T</title><p>Body   text\nhere.</p>".getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file, "s")).isEqualTo(new Article("s", file.toString(), "T", "Body text here."));
    }

    @Test
    void keepsTextMentioningHtmlTagsAsText() throws IOException {
        String text = "Web standards body meets\n\nThe <html> element wraps a page, members said.";
        Path file = Files.write(dir.resolve("story.txt"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file, "s").text()).isEqualTo(text);
    }

    @Test
    void prefersArticleBodyHeadlineOverSiteNameInHeader() {
        String html = "<body><header><h1>The Gazette</h1></header><div class='story'><h1>Mayor quits after vote</h1>"
                + "<p>The mayor resigned.</p></div></body>";

        Article article = reader.fromHtml("g", html, "g.html");

        assertThat(article.title()).isEqualTo("Mayor quits after vote");
        assertThat(article.text()).isEqualTo("Mayor quits after vote\n\nThe mayor resigned.");
    }

    @Test
    void dropsLabelsAroundTheCopyMarkedByClass() {
        String html = "<article><p class='kicker'>Politics</p><h1>Minister quits</h1>"
                + "<p class='byline'>By A Reporter</p><p class='timestamp'><time>Tue 11 Mar</time></p>"
                + "<p>The minister resigned on Tuesday.</p>"
                + "<div class='video-player'><p>Your browser cannot play this video.</p></div>"
                + "<p class='topics'>Topics: Politics, Housing</p><ul class='article-tags'><li>Housing</li></ul></article>";

        assertThat(reader.fromHtml("m", html, "m.html").text()).isEqualTo("Minister quits\n\nThe minister resigned on Tuesday.");
    }

    @Test
    void dropsAListWhoseEveryItemIsALinkWhateverItsClass() {
        String html = "<article><h1>Port city shelled</h1><p>Shelling hit the port on Monday.</p>"
                + "<ul class='story-list'><li><a href='/g20'>US says it will boycott G20 meetings</a></li>"
                + "<li><a href='/convoy'>Convoy of buses leaves the port city</a> <span>2h</span></li></ul>"
                + "<p>Repairs began on Tuesday.</p></article>";

        assertThat(reader.fromHtml("l", html, "l.html").text())
                .isEqualTo("Port city shelled\n\nShelling hit the port on Monday.\n\nRepairs began on Tuesday.");
    }

    @Test
    void keepsAListOfPointsThatMerelyContainALink() {
        String html = "<article><h1>Budget passed</h1><p>The council passed its budget.</p>"
                + "<ul><li>Bills rise by 4.9%, <a href='/tax'>the council said</a>, from April</li>"
                + "<li>Libraries keep their opening hours</li></ul></article>";

        assertThat(reader.fromHtml("b", html, "b.html").text()).contains("Bills rise by 4.9%", "Libraries keep their opening hours");
    }

    @Test
    void keepsParagraphsWhoseClassMerelyContainsAFurnitureWordInsideAnotherWord() {
        String html = "<article><h1>Roads reopen</h1><p class='lead-paragraph'>Roads reopened.</p>"
                + "<p class='headline-summary'>Traffic is flowing.</p><p class='canvas-text'>Police thanked drivers.</p></article>";

        assertThat(reader.fromHtml("r", html, "r.html").text())
                .isEqualTo("Roads reopen\n\nRoads reopened.\n\nTraffic is flowing.\n\nPolice thanked drivers.");
    }
}
