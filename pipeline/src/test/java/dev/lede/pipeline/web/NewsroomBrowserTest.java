package dev.lede.pipeline.web;

import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.Entity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newsroom page in a real browser (headless Chromium) against a server on the sample index: search
 * for a company, narrow with facets, open an article and read its facts and Further Reading, on a laptop
 * and a phone width; and the hostile article, whose every field carries script, runs none of it.
 * Screenshots go to {@code target/screenshots/}.
 */
class NewsroomBrowserTest {
    @TempDir
    static Path profile;
    private static NewsroomServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Browser.start(profile);
        server = NewsroomServer.start(SampleIndex.get(), ServerSettings.defaults().listeningOn("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void laptop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void searchForACompanyThenNarrowWithFacets() throws Exception {
        Map.Entry<String, Set<String>> company = NewsroomApiTest.mostCoveredCompany();
        driver.get(server.url());
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys(company.getKey(), Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("q="));
        List<WebElement> hits = driver.findElements(By.cssSelector(".hits .hit"));
        assertFalse(hits.isEmpty(), "a search for " + company.getKey() + " finds articles");
        assertTrue(driver.findElement(By.cssSelector(".hit .snippet mark")).getText().length() > 0,
                "matches are highlighted");
        Browser.screenshot(driver, "search");

        // the company facet narrows to exactly the articles that name it
        facetLink("company", company.getKey()).click();
        waitFor(ExpectedConditions.urlContains("company="));
        assertResultCount(company.getValue().size());
        assertTrue(driver.findElement(By.cssSelector(".chips")).getText().contains("Company: " + company.getKey()));
        for (WebElement hit : driver.findElements(By.cssSelector(".hits .hit"))) {
            assertTrue(hit.findElement(By.cssSelector(".entities")).getText().contains(company.getKey()));
        }

        // then a language facet: every result is in that edition
        WebElement language = driver.findElement(By.cssSelector("[data-facet=language] li a"));
        String languageName = language.getText();
        language.click();
        waitFor(ExpectedConditions.urlContains("lang="));
        for (WebElement meta : driver.findElements(By.cssSelector(".hits .hit .lang"))) {
            assertEquals(languageName, meta.getText());
        }
        // removing the chip undoes the filter
        driver.findElement(By.xpath("//ul[@class='chips']//a[starts-with(normalize-space(.), 'Language:')]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("lang="));
        assertResultCount(company.getValue().size());

        // "mentions an amount over": a numeric range, typed into its box
        driver.get(server.url());
        driver.findElement(By.id("minAmount")).sendKeys("1bn", Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("minAmount="));
        assertTrue(driver.findElement(By.cssSelector(".chips")).getText().contains("Amount over 1 billion"));
    }

    @Test
    void articleShowsItsFactsAndFurtherReading() throws Exception {
        // the sample article with the most facts
        Article article = SampleIndex.samples().stream()
                .max(Comparator.comparingInt(a -> a.money().size() + a.tables().size() + a.furtherReading().size()))
                .orElseThrow();
        driver.get(server.url() + "?q=" + NewsroomApiTest.enc("\"" + article.title() + "\""));
        driver.findElement(By.cssSelector(".hits .hit h3 a[href='/articles/" + article.id() + "']")).click();
        waitFor(ExpectedConditions.urlContains("/articles/" + article.id()));
        assertEquals(article.title(), driver.findElement(By.id("article-title")).getText());

        // the body reads as extracted: its paragraphs and line breaks, nothing added where facts are marked
        List<String> shown = driver.findElements(By.cssSelector("#body > p, #body > pre, #body > h2")).stream()
                .map(e -> normalise(e.getText())).toList();
        List<String> paragraphs = java.util.Arrays.stream(article.body().split("\n\n"))
                .filter(p -> !p.isBlank()).map(NewsroomBrowserTest::normalise).toList();
        assertEquals(paragraphs, shown);

        List<WebElement> money = driver.findElements(By.cssSelector(".money-list > li"));
        assertEquals(article.money().size(), money.size());
        if (!article.money().isEmpty()) {
            assertTrue(money.get(0).getText().contains(article.money().get(0).text()), "the amount as written");
            // each amount links to where it stands in the body
            WebElement link = money.get(0).findElement(By.cssSelector("a.amount"));
            String anchor = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            assertEquals(article.money().get(0).text(), driver.findElement(By.id(anchor)).getText());
        }
        String companies = driver.findElement(By.cssSelector("#facts")).getText();
        for (Entity c : article.companies()) {
            assertTrue(companies.contains(c.name()), "company " + c.name() + " listed");
        }
        List<WebElement> tables = driver.findElements(By.cssSelector("#tables table"));
        assertEquals(article.tables().size(), tables.size());
        if (!article.tables().isEmpty()) {
            DataTable first = article.tables().get(0);
            List<String> header = tables.get(0).findElements(By.cssSelector("thead th")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(first.header(), header);
            assertEquals(first.rows().size(), tables.get(0).findElements(By.cssSelector("tbody tr")).size());
        }

        List<WebElement> related = driver.findElements(By.cssSelector("ol.related > li"));
        assertFalse(related.isEmpty(), "related articles from the index");
        for (WebElement r : related) {
            assertTrue(r.findElement(By.cssSelector(".why")).getText().startsWith("Shared "), "each says why");
            assertFalse(r.findElement(By.tagName("a")).getAttribute("href").endsWith(article.id()));
        }
        assertEquals(article.furtherReading().size(), driver.findElements(By.cssSelector("ul.site-reading > li")).size());
        Browser.screenshot(driver, "article");

        // the page's script runs: the toggle marks names in the text
        driver.findElement(By.id("show-names")).click();
        assertTrue(driver.findElement(By.id("body")).getAttribute("class").contains("show-names"));

        // a related article opens its own page
        String target = related.get(0).findElement(By.tagName("a")).getAttribute("href");
        related.get(0).findElement(By.tagName("a")).click();
        waitFor(ExpectedConditions.urlToBe(target));
        assertFalse(driver.findElements(By.id("article-title")).isEmpty());
    }

    @Test
    void hostileArticleRunsNoScript() throws Exception {
        driver.get(server.url() + "?q=" + HostileArticle.MARKER);
        assertNoScriptRan("search page");
        WebElement hit = driver.findElement(By.cssSelector(".hits .hit h3 a"));
        assertTrue(hit.getText().contains("<script>"), "the title is shown as text: " + hit.getText());
        hit.click();
        waitFor(ExpectedConditions.urlContains("/articles/"));
        assertNoScriptRan("article page");
        assertTrue(driver.findElement(By.id("article-title")).getText().contains("<img src=x onerror="));
        assertTrue(driver.getTitle().startsWith(HostileArticle.MARKER), driver.getTitle());
        // its links with script schemes are not links
        for (WebElement a : driver.findElements(By.tagName("a"))) {
            String href = a.getAttribute("href");
            assertFalse(href != null && (href.startsWith("javascript:") || href.startsWith("data:")), href);
        }
        // hovering and focusing what an attacker aimed at triggers nothing either
        for (WebElement e : driver.findElements(By.cssSelector("#facts a, .site-reading a, td, th"))) {
            ((JavascriptExecutor) driver).executeScript(
                    "arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); arguments[0].focus();", e);
        }
        assertNoScriptRan("article page after hovering");
        // and the page's own script does run, so the silence above is not a disabled script engine
        driver.findElement(By.id("show-names")).click();
        assertTrue(driver.findElement(By.id("body")).getAttribute("class").contains("show-names"));
        Browser.screenshot(driver, "hostile-article");
    }

    @Test
    void readableOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        Map.Entry<String, Set<String>> company = NewsroomApiTest.mostCoveredCompany();
        driver.get(server.url() + "?q=" + NewsroomApiTest.enc(company.getKey()));
        assertNoHorizontalScroll("search page");
        assertFalse(Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('details.facet-panel').open")), "facets start folded on a phone");
        Browser.screenshot(driver, "search-phone");
        driver.findElement(By.cssSelector(".hits .hit h3 a")).click();
        waitFor(ExpectedConditions.urlContains("/articles/"));
        assertNoHorizontalScroll("article page");
        Browser.screenshot(driver, "article-phone");
        driver.get(server.url() + "articles/" + HostileArticle.create().id());
        assertNoHorizontalScroll("hostile article page, whose words are long");
    }

    private static String normalise(String text) {
        return text.lines().map(l -> l.strip().replaceAll("\\s+", " ")).collect(java.util.stream.Collectors.joining("\n"))
                .strip();
    }

    /** The page says {@code n} articles match and shows the first page of them. */
    private static void assertResultCount(int n) {
        String count = driver.findElement(By.id("result-count")).getText();
        assertTrue(count.startsWith(n + (n == 1 ? " article" : " articles")), count);
        assertEquals(Math.min(n, ServerSettings.defaults().pageSize()),
                driver.findElements(By.cssSelector(".hits .hit")).size());
    }

    private static void assertNoScriptRan(String where) {
        JavascriptExecutor js = driver;
        assertEquals(null, js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"),
                "a payload ran on the " + where);
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert on the " + where);
        assertFalse("PWNED".equals(driver.getTitle()), where);
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) js.executeScript(
                "return Array.from(document.scripts).map(s => s.getAttribute('src') || 'inline')");
        assertEquals(1, scripts.size(), "only the page's own script on the " + where + ": " + scripts);
        assertTrue(scripts.get(0).startsWith("/static/app.js"), scripts.get(0));
        Object handlers = js.executeScript("return Array.from(document.querySelectorAll('*')).flatMap("
                + "e => Array.from(e.attributes).map(a => a.name)).filter(n => n.startsWith('on') || n === 'autofocus')");
        assertEquals(List.of(), handlers, "event-handler attributes on the " + where);
        assertTrue(driver.findElements(By.cssSelector("img, iframe, object, embed")).isEmpty(),
                "no element from article text on the " + where);
    }

    private static void assertNoHorizontalScroll(String where) {
        Object widths = ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
        @SuppressWarnings("unchecked")
        List<Long> w = (List<Long>) widths;
        assertTrue(w.get(0) <= w.get(1), where + " scrolls sideways on a phone: " + w);
    }

    private static WebElement facetLink(String facet, String value) {
        return driver.findElements(By.cssSelector("[data-facet=" + facet + "] li a")).stream()
                .filter(a -> a.getText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + facet + " facet value " + value));
    }

    private static <T> T waitFor(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

}
