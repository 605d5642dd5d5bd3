package org.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.crosscheck.CrossCheck;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens rendered reports from disk in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, installed by {@code .ci/install-browser}) and uses them as an editor
 * would. Skipped when the browser is missing, except under {@code CI=true}, where it must run.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @TempDir
    static Path temp;

    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(installed, "chromium or chromedriver missing; run .ci/install-browser");
        } else if (!installed) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/install-browser must run first");
        }
        // An explicit driver and browser keep Selenium Manager from looking anything up online.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")),
                "--window-size=1280,900");
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void takesTheEditorFromAFindingToItsStatementAndFiltersFindings() throws IOException {
        open(ReportFixtures.twoSources(), "two-sources.html");
        resize(1280, 900);
        screenshot("report.png", false);
        screenshot("report-full.png", true);

        assertThat(driver.findElements(By.cssSelector("ol.contradictions > li.finding")).stream()
                .map(e -> e.getAttribute("id")).toList()).containsExactly("f-2", "f-1");
        assertThat(texts(".sbs .contradicts")).containsExactly("21", "12", "Mr Peskov", "Mark Austin");
        assertThat(driver.findElements(By.cssSelector(".w-diff"))).isNotEmpty().allMatch(WebElement::isDisplayed);

        resize(1280, 500);
        script("window.scrollTo(0, 0)");
        assertThat(inViewport("s-forces-2")).as("target starts below the fold").isFalse();
        driver.findElement(By.cssSelector("#f-1 a.finding-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> inViewport("s-forces-2"));
        assertThat(driver.findElement(By.id("s-forces-2")).getAttribute("class")).contains("flash");

        resize(1280, 900);
        script("window.scrollTo(0, 0)");
        driver.findElement(By.cssSelector("input[data-filter=severity][value=HIGH]")).click();
        assertThat(driver.findElement(By.id("f-2")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("f-1")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("filter-count")).getText()).isEqualTo("3 of 4 findings shown");
        assertThat(driver.findElement(By.cssSelector("#s-sky-4 .contradicts")).getAttribute("class")).contains("filtered-out");

        driver.findElement(By.tagName("body")).sendKeys("j");
        assertThat(driver.switchTo().activeElement().getAttribute("href")).endsWith("#s-forces-2");

        driver.findElement(By.cssSelector("input[data-filter=severity][value=HIGH]")).click();
        resize(390, 844);
        script("window.scrollTo(0, 0)");
        assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling at phone width").isLessThanOrEqualTo(390);
        screenshot("report-phone.png", false);
        screenshot("report-phone-full.png", true);
    }

    @Test
    void hidesContradictionsBelowTheChosenConfidence() throws IOException {
        Report base = ReportFixtures.twoSources();
        open(new Report(base.articles(), base.alignments(), base.discrepancies().stream()
                .map(d -> d instanceof Discrepancy.NumberChange ? d.withFinding(f -> f.withConfidence(0.42)) : d).toList()),
                "confidence.html");

        script("var r = document.getElementById('min-confidence'); r.value = '50';"
                + "r.dispatchEvent(new Event('input', {bubbles: true}));");

        assertThat(driver.findElement(By.id("f-1")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("f-2")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("min-confidence-value")).getText()).isEqualTo("50%");
        assertThat(driver.findElement(By.id("filter-count")).getText()).isEqualTo("3 of 4 findings shown");
        assertThat(driver.findElement(By.cssSelector("#s-sky-3 .contradicts")).getAttribute("class")).contains("filtered-out");
        assertThat(driver.findElement(By.cssSelector("#s-sky-4 .contradicts")).getAttribute("class")).doesNotContain("filtered-out");

        script("var r = document.getElementById('min-confidence'); r.value = '40';"
                + "r.dispatchEvent(new Event('input', {bubbles: true}));");
        assertThat(driver.findElement(By.id("filter-count")).getText()).isEqualTo("4 of 4 findings shown");
    }

    @Test
    void seedReportListsTheMisattributionAndTakesTheEditorToTheQuote() throws IOException {
        Report report = CrossCheck.compareFiles(List.of(Path.of("fixtures/seeds/sky-news.txt"),
                Path.of("fixtures/seeds/forces-news.txt")));
        open(report, "seeds.html");
        resize(1280, 500);

        List<WebElement> findings = driver.findElements(By.cssSelector("ol.contradictions > li.finding"));
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).getText()).contains("ATTRIBUTION", "Dmitry Peskov", "Anatoliy Fedoruk");
        assertThat(findings.get(1).getText()).as("sky-news contradicts itself on Mariupol's region (LOW: one region is "
                        + "a quoted claim), below the HIGH finding")
                .contains("LOW", "ENTITY", "Donetsk region", "Luhansk people's republic");
        assertThat(driver.findElements(By.cssSelector(".contradicts"))).as("the differing speakers are highlighted").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".w-diff"))).as("reworded statements show their changed words").isNotEmpty();

        WebElement link = findings.get(0).findElement(By.cssSelector("a.finding-link"));
        String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        script("window.scrollTo(0, 0)");
        assertThat(inViewport(target)).as("the statement starts below the fold").isFalse();
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> inViewport(target));
        assertThat(driver.findElement(By.id(target)).getText()).contains("liberated from nationalistic battalions");
        resize(1280, 900);
        screenshot("seed-report.png", false);
    }

    @Test
    void seedAttributionCardShowsTheQuoteOnBothSidesWithTheNamesMarked() throws IOException {
        open(seeds(), "seeds-card.html");
        resize(1280, 900);

        WebElement card = driver.findElements(By.cssSelector("ol.contradictions > li.finding")).get(0);
        List<WebElement> excerpts = card.findElements(By.cssSelector(".excerpt"));
        assertThat(excerpts).hasSize(2);
        assertThat(excerpts).allSatisfy(e -> assertThat(e.getText()).contains("liberated from nationalistic battalions"));
        assertThat(excerpts.get(0).findElement(By.cssSelector(".contradicts")).getText()).isEqualTo("Peskov");
        assertThat(excerpts.get(1).findElement(By.cssSelector(".contradicts")).getText()).isEqualTo("Anatoliy Fedoruk");
        assertThat(card.findElements(By.cssSelector(".excerpt .w-diff"))).as("the differing words are marked").isNotEmpty();
        assertThat(excerpts.get(0).isDisplayed() && excerpts.get(1).isDisplayed()).isTrue();
        // the side-by-side marks sit on the names too, not on "say" or "said"
        assertThat(texts(".sbs .contradicts[data-type=ATTRIBUTION]")).containsExactlyInAnyOrder("Peskov", "Anatoliy Fedoruk");
    }

    @Test
    void bulletLinesShowOneBullet() throws IOException {
        AnalyzedArticle left = ReportFixtures.article("wire", "Storm", List.of(
                ReportFixtures.Line.of("The storm closed three schools on Monday."),
                new ReportFixtures.Line("\u2022 Three schools closed after the storm", SentenceKind.BULLET)));
        AnalyzedArticle right = ReportFixtures.article("copy", "Storm", List.of(
                ReportFixtures.Line.of("The storm closed three schools on Monday.")));
        open(new Report(List.of(left, right), List.of(ReportFixtures.align(left, 0, right, 0, 1.0)), List.of()), "bullets.html");

        String shown = driver.findElement(By.cssSelector(".cell.kind-bullet")).getText();
        assertThat(shown).contains("\u2022 Three schools").doesNotContain("\u2022 \u2022").doesNotContain("\u2022\u2022");
        assertThat(shown.chars().filter(c -> c == '\u2022').count()).isEqualTo(1);
        // Selenium's text leaves out generated content, so ask the page what it draws before the text
        assertThat(script("var t = document.querySelector('.cell.kind-bullet .text');"
                + "return getComputedStyle(t, '::before').content + '|' + getComputedStyle(t, '::after').content"))
                .isEqualTo("none|none");
    }

    @Test
    void foldedSeedReportPutsTheFirstContradictingRowWithinTwoScreens() throws IOException {
        open(seeds(), "seeds-folded.html");
        resize(1280, 900);
        script("window.scrollTo(0, 0)");

        List<WebElement> runs = driver.findElements(By.cssSelector(".run-toggle"));
        assertThat(runs).isNotEmpty();
        assertThat(texts(".run-toggle")).anyMatch(t -> t.matches(".*\\d+ statements.*only in sky-news.*"));
        double top = ((Number) script("return document.querySelector('.sbs .row-contradicts').getBoundingClientRect().top")).doubleValue();
        double screen = ((Number) script("return window.innerHeight")).doubleValue();
        assertThat(top).as("first contradicting row, in screens of %s px", screen).isLessThan(2 * screen);

        // a run unfolds on request, and folds back
        WebElement first = runs.get(0);
        String run = first.getAttribute("data-run");
        assertThat(driver.findElements(By.cssSelector(".row[data-run='" + run + "']"))).noneMatch(WebElement::isDisplayed);
        first.click();
        assertThat(driver.findElements(By.cssSelector(".row[data-run='" + run + "']:not(.furniture)"))).allMatch(WebElement::isDisplayed);
        assertThat(first.getAttribute("aria-expanded")).isEqualTo("true");
        first.click();
        assertThat(driver.findElements(By.cssSelector(".row[data-run='" + run + "']"))).noneMatch(WebElement::isDisplayed);

        // a finding whose statement is folded away unfolds it when followed
        driver.findElement(By.cssSelector("details.informational > summary")).click();
        WebElement omission = driver.findElement(By.cssSelector("details.informational li.finding a.finding-link"));
        String target = omission.getAttribute("href").substring(omission.getAttribute("href").indexOf('#') + 1);
        assertThat(driver.findElement(By.id(target)).isDisplayed()).isFalse();
        omission.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> inViewport(target));
    }

    @Test
    void nextAndPreviousKeysMoveFromFindingToFinding() throws IOException {
        open(ReportFixtures.twoSources(), "keys.html");
        resize(1280, 900);
        List<String> order = driver.findElements(By.cssSelector(".finding")).stream().map(e -> e.getAttribute("id")).toList();
        assertThat(order).hasSizeGreaterThanOrEqualTo(3);

        driver.findElement(By.tagName("body")).sendKeys("j");
        assertThat(focusedFinding()).isEqualTo(order.get(0));
        driver.switchTo().activeElement().sendKeys("n");
        assertThat(focusedFinding()).isEqualTo(order.get(1));
        driver.switchTo().activeElement().sendKeys("k");
        assertThat(focusedFinding()).isEqualTo(order.get(0));
        driver.switchTo().activeElement().sendKeys("j");
        driver.switchTo().activeElement().sendKeys("p");
        assertThat(focusedFinding()).isEqualTo(order.get(0));
    }

    @Test
    void weaklyPairedRowsSayHowSureThePairingIsAndLookUnlikeRewordings() throws IOException {
        AnalyzedArticle left = ReportFixtures.article("wire", "Storm", List.of(
                ReportFixtures.Line.of("The storm closed three schools on Monday."),
                ReportFixtures.Line.of("Ticket prices at the zoo will rise in spring.")));
        AnalyzedArticle right = ReportFixtures.article("copy", "Storm", List.of(
                ReportFixtures.Line.of("The storm shut three schools on Monday."),
                ReportFixtures.Line.of("A new mayor was sworn in at the town hall.")));
        open(new Report(List.of(left, right), List.of(ReportFixtures.align(left, 0, right, 0, 0.8),
                ReportFixtures.align(left, 1, right, 1, 0.14)), List.of()), "weak.html");

        List<WebElement> rows = driver.findElements(By.cssSelector(".sbs > .row"));
        assertThat(rows.get(0).getAttribute("data-status")).isEqualTo("reworded");
        assertThat(rows.get(0).findElement(By.cssSelector(".pairing")).getText()).isEqualTo("paired, 80% similar");
        assertThat(rows.get(1).getAttribute("data-status")).isEqualTo("weak");
        assertThat(rows.get(1).findElement(By.cssSelector(".pairing")).getText())
                .isEqualTo("weakly paired (14% similar): may be different statements");
        assertThat(background(rows.get(1))).isNotEqualTo(background(rows.get(0)));
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("weakly paired");
    }

    @Test
    void rowColoursAgreeWithTheirLabels() throws IOException {
        // sky #3 is matched with forces #2, which also matches sky #2: that row is not "only in one source"
        AnalyzedArticle forces = ReportFixtures.forces();
        AnalyzedArticle sky = ReportFixtures.sky();
        open(new Report(List.of(forces, sky), List.of(ReportFixtures.align(forces, 2, sky, 3, 0.93),
                ReportFixtures.align(forces, 2, sky, 1, 0.5)), List.of()), "colours.html");

        for (WebElement row : driver.findElements(By.cssSelector(".sbs > .row:not(.furniture)"))) {
            boolean coloured = background(row).equals(background(driver.findElement(By.cssSelector(".sw-only"))));
            String text = row.getAttribute("textContent");
            boolean saysOnly = text.contains("Not in ");
            assertThat(coloured).as("row %s: %s", row.getAttribute("data-status"), text).isEqualTo(saysOnly);
        }
        assertThat(driver.findElements(By.cssSelector(".row-elsewhere"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getAttribute("textContent")).contains("Also matched with"));
    }

    @Test
    void longPathsWrapAtSeparatorsAndEmptyFilterRowsAreHidden() throws IOException {
        String dirs = "newsroom-archive/2026/december/wire-copy-for-review/";
        AnalyzedArticle a = ReportFixtures.article("wire", "Storm", List.of(ReportFixtures.Line.of("The storm closed three schools.")));
        AnalyzedArticle b = ReportFixtures.article("copy", "Storm", List.of(ReportFixtures.Line.of("The storm closed three schools.")));
        a = new AnalyzedArticle(new org.crosscheck.model.Article("wire", "/srv/" + dirs + dirs + "wire-original-article.txt", "Storm",
                a.article().text()), a.sentences(), a.quotes(), a.statements(), a.quantities(), a.mentions());
        open(new Report(List.of(a, b), List.of(ReportFixtures.align(a, 0, b, 0, 1.0)), List.of()), "paths.html");
        resize(390, 844);

        WebElement path = driver.findElement(By.cssSelector("table.sources .path"));
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) script("var n = Array.prototype.map.call(arguments[0].querySelectorAll('.seg'), "
                + "function (s) { return s.firstChild; }), out = [], r = document.createRange(), last = null;"
                + "for (var i = 0; i < n.length; i++) {"
                + "  for (var j = 0; j < n[i].length; j++) { r.setStart(n[i], j); r.setEnd(n[i], j + 1);"
                + "    var top = Math.round(r.getBoundingClientRect().top);"
                + "    if (top !== last) { out.push(''); last = top; } out[out.length - 1] += n[i].data[j]; } }"
                + "return out;", path);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(0, lines.size() - 1)).as("every line but the last ends at a separator").allMatch(l -> l.endsWith("/"));

        assertThat(driver.findElements(By.cssSelector(".filter-group"))).as("no findings: nothing to filter").isEmpty();
        assertThat(driver.findElements(By.cssSelector(".filter-group")).stream().filter(WebElement::isDisplayed)
                .filter(g -> g.findElements(By.cssSelector("input")).isEmpty())).isEmpty();
    }

    @Test
    void relatedLinkListsAreFurnitureNotOmissions() throws IOException {
        Path original = Files.writeString(temp.resolve("wire.html"), "<html><body><article><h1>Port city shelled</h1>"
                + "<p>Shelling hit the port of Kherson on Monday, the regional governor said.</p>"
                + "<ul><li><a href='/g20'>US says it will boycott G20 meetings if Russian officials attend</a></li>"
                + "<li><a href='/convoy'>Around a thousand people flee in convoy of buses and cars</a></li>"
                + "<li><a href='/bucha'>French president says killings were very probably war crimes</a></li></ul>"
                + "<p>Repair crews began work on the harbour wall on Tuesday, officials said.</p></article></body></html>");
        Path copy = Files.writeString(temp.resolve("copy.html"), "<html><body><article><h1>Port city shelled</h1>"
                + "<p>Shelling hit the port of Kherson on Monday, the regional governor said.</p>"
                + "<p>Repair crews began work on the harbour wall on Tuesday, officials said.</p></article></body></html>");
        Report report = CrossCheck.compareFiles(List.of(original, copy));
        open(report, "links.html");
        driver.findElement(By.id("show-furniture")).click();

        assertThat(report.discrepancies()).as("a link list is not something the copy left out").isEmpty();
        assertThat(driver.findElement(By.id("texts")).getText()).doesNotContain("boycott", "convoy");
        assertThat(driver.findElement(By.id("findings")).getText()).doesNotContain("boycott", "convoy");
    }

    private static String focusedFinding() {
        return (String) script("var f = document.activeElement.closest('.finding'); return f ? f.id : null;");
    }

    private static String background(WebElement e) {
        return (String) script("var s = getComputedStyle(arguments[0]); return s.backgroundColor + ' ' + s.backgroundImage;", e);
    }

    private static Report seeds() {
        return CrossCheck.compareFiles(List.of(Path.of("fixtures/seeds/sky-news.txt"), Path.of("fixtures/seeds/forces-news.txt")));
    }

    @Test
    void runsNothingThatHostileSourcesContain() throws IOException {
        Report report = HostileFixtures.report();
        open(report, "hostile.html");
        resize(1280, 900);
        for (WebElement cell : driver.findElements(By.cssSelector(".cell, .col-title, table.sources td, .finding-link"))) {
            new Actions(driver).moveToElement(cell).perform();
        }
        driver.findElement(By.cssSelector(".finding-link")).click();

        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(script("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(driver.getTitle()).isEqualTo("crosscheck: " + report.articles().get(0).id() + " vs " + report.articles().get(1).id());
        assertThat(((Number) script("return document.scripts.length")).intValue()).isEqualTo(1);
        assertThat(driver.findElement(By.cssSelector(".cell.left .text")).getText()).isEqualTo("He said " + HostileFixtures.PAYLOADS.get(0) + " at noon.");
        assertThat(script("return document.getElementById('filter-count').textContent"))
                .as("the report's own script ran").isEqualTo("12 of 12 findings shown");
        screenshot("hostile.png", false);
    }

    private static void open(Report report, String name) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, new HtmlReport().render(report), StandardCharsets.UTF_8);
        driver.get(file.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    private static boolean inViewport(String id) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) script("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return [r.top, r.bottom, window.innerHeight];", id);
        return box.get(0).doubleValue() >= 0 && box.get(1).doubleValue() <= box.get(2).doubleValue();
    }

    private static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    private static void screenshot(String name, boolean fullPage) throws IOException {
        Dimension before = driver.manage().window().getSize();
        if (fullPage) {
            int height = ((Number) script("return document.documentElement.scrollHeight")).intValue();
            resize(before.getWidth(), Math.min(height + 140, 8000));
        }
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        if (fullPage) {
            driver.manage().window().setSize(before);
        }
    }
}
