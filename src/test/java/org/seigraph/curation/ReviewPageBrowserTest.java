package org.seigraph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seigraph.support.CurationClient.data;
import static org.seigraph.support.CurationClient.input;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seigraph.support.CurationClient;
import org.seigraph.support.TempStores;
import org.seigraph.support.WritableApp;
import org.seigraph.support.TempDirs;

import tools.jackson.databind.JsonNode;

/**
 * The review screen in headless Chromium, on the app for tests that write ({@link WritableApp}, which other tests'
 * requests may share: the list is checked for this test's own requests): the map page links to it; with a reviewer
 * token it lists the proposals, shows a request's diff (before against after), approves one (the graph changes)
 * and rejects another with a note; without a token an approval is refused and says so. The console stays clean.
 * Skipped, with a message, where Chromium or its driver is missing.
 */
class ReviewPageBrowserTest {

    private static CurationClient client;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        File chromium = executable(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        File chromedriver = executable(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Assumptions.assumeTrue(chromium != null && chromedriver != null,
                "Browser test skipped: Chromium and/or chromedriver not found (apt-get install chromium chromium-driver)");
        int port = WritableApp.port();
        client = new CurationClient(port);
        base = "http://127.0.0.1:" + port;

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + TempDirs.create("review-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aReviewerApprovesAndRejectsOnTheReviewScreen() throws Exception {
        JsonNode english = data(client.propose(input("action", "CHANGE", "target", "PROPERTY", "entity", "bureau:市海洋局",
                "key", "nameEn", "value", "Tianjin Oceanic Administration", "reason", "Its own English name"), TempStores.CURATOR_TOKEN))
                .get("proposeChange");
        JsonNode alias = data(client.propose(input("action", "ADD", "target", "ALIAS", "entity", "bureau:市海洋局", "alias", "海洋局",
                "reason", "What colleagues call it"), TempStores.CURATOR_TOKEN)).get("proposeChange");

        driver.get(base + "/");
        assertThat(driver.findElement(By.id("review-link")).getAttribute("href")).endsWith("/review.html");
        driver.get(base + "/review.html");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String englishId = english.get("id").asString();
        String aliasId = alias.get("id").asString();
        int drawn = awaitList(wait, 0, List.of(englishId, aliasId), List.of());

        // without a token the approval is refused, and the screen says why
        item(english.get("id").asString()).click();
        assertThat(diff()).contains("value | Municipal Oceanic Administration | Tianjin Oceanic Administration");
        driver.findElement(By.id("approve")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("UNAUTHORIZED"));
        drawn = awaitList(wait, drawn, List.of(englishId, aliasId), List.of());
        assertThat(nameEn()).isEqualTo("Municipal Oceanic Administration");

        WebElement token = driver.findElement(By.id("token"));
        token.sendKeys(TempStores.REVIEWER_TOKEN);
        driver.findElement(By.id("refresh")).click();
        drawn = awaitList(wait, drawn, List.of(englishId, aliasId), List.of());
        item(english.get("id").asString()).click();
        driver.findElement(By.id("approve")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("Approved"));
        drawn = awaitList(wait, drawn, List.of(aliasId), List.of(englishId));
        assertThat(nameEn()).isEqualTo("Tianjin Oceanic Administration");

        item(alias.get("id").asString()).click();
        assertThat(diff()).contains("aliases").contains("海洋局");
        driver.findElement(By.id("reject")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("note"));
        driver.findElement(By.id("note")).sendKeys("Only used informally");
        driver.findElement(By.id("reject")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("Rejected"));
        drawn = awaitList(wait, drawn, List.of(), List.of(aliasId));
        assertThat(data(client.graphql("{ changeRequest(id: \"" + alias.get("id").asString() + "\") { status reviewNote } }",
                Map.of(), null)).at("/changeRequest/reviewNote").asString()).isEqualTo("Only used informally");

        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter"))).selectByValue("APPROVED");
        awaitList(wait, drawn, List.of(englishId), List.of(aliasId));
        item(english.get("id").asString()).click();
        Files.write(shots.resolve("review.png"), driver.getScreenshotAs(OutputType.BYTES));

        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            // the refused approval above is an expected 200 with errors, not a console error; anything else counts
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(e.getLevel() + " " + e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Waits until the list was drawn again after {@code drawn} times, showing the requests {@code shown} and not those
     * {@code gone}; returns how often it was drawn.
     */
    private static int awaitList(WebDriverWait wait, int drawn, List<String> shown, List<String> gone) {
        wait.until(d -> {
            if (generation() <= drawn) {
                return false;
            }
            List<String> ids = d.findElements(By.cssSelector("#list li")).stream().map(li -> li.getDomAttribute("data-id")).toList();
            return ids.containsAll(shown) && gone.stream().noneMatch(ids::contains);
        });
        return generation();
    }

    private static int generation() {
        String g = driver.findElement(By.id("list")).getDomAttribute("data-generation");
        return g == null ? 0 : Integer.parseInt(g);
    }

    private static WebElement item(String id) {
        return driver.findElement(By.cssSelector("#list li[data-id='" + id + "']"));
    }

    /** The diff table as lines "key | before | after". */
    private static String diff() {
        List<String> rows = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector("#diff tr"))) {
            List<String> cells = new ArrayList<>();
            tr.findElements(By.cssSelector("th, td")).forEach(c -> cells.add(c.getText()));
            rows.add(String.join(" | ", cells));
        }
        return String.join("\n", rows);
    }

    private static String nameEn() {
        return data(client.graphql("{ node(id: \"bureau:市海洋局\") { nameEn } }", Map.of(), null)).at("/node/nameEn").asString();
    }

    private static File executable(String... candidates) {
        for (String c : candidates) {
            if (c != null && new File(c).canExecute()) {
                return new File(c);
            }
        }
        return null;
    }
}
