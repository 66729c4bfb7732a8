package org.seigraph.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seigraph.support.Ci;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import org.seigraph.support.TempDirs;
import tools.jackson.databind.JsonNode;

/**
 * The reference map page and GraphiQL in headless Chromium (Debian's chromium + chromium-driver, which .ci/run
 * installs), driven by Selenium in one browser session with the network cut: every host but the loopback address
 * fails to resolve and any other request goes to a dead proxy, and the DevTools request log must show nothing but
 * loopback, data: and blob: URLs. Covers the graph view at 1440×900 (no overlap, search, expansion, legible labels,
 * kind filter, language), a deep link round trip, park fit, the chain view, the geographic map (16 districts, a
 * real click on 滨海新区 lists its parks), PNG/SVG/JSON exports of the current view, the exports loaded into
 * Cytoscape.js and ECharts with their positions and colours, the page at 390×844 with drawers, GraphiQL's docs
 * explorer offline, the ask box (answer, map link, download), and a console free of errors. Where Chromium is missing the test is skipped, except in CI
 * (CI=true), where that is a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapPageBrowserTest {

    static final String CENTER = "subsector:海洋工程装备";
    static final Path SHOTS = Path.of("target", "screenshots");

    static ChromeDriver driver;
    static JavascriptExecutor js;
    static GraphQlHttp http;
    static String base;
    static final List<String> consoleErrors = new ArrayList<>();
    static final List<String> requests = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        File chromium = executable(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        File chromedriver = executable(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Ci.require(chromium != null && chromedriver != null,
                "Chromium and/or chromedriver not found (apt-get install chromium chromium-driver; .ci/run does)");
        // -Dmaps.port=N drives an app already running on 127.0.0.1:N (while developing the page) instead of SharedApp
        Integer port = Integer.getInteger("maps.port");
        http = port == null ? SharedApp.http() : new GraphQlHttp(port);
        base = "http://127.0.0.1:" + (port == null ? SharedApp.port() : port);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        Path profile = TempDirs.create("chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--window-size=1440,900", "--user-data-dir=" + profile, "--lang=zh-CN",
                // the network cut: only 127.0.0.1 resolves; anything else would go through a proxy that is not there
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--proxy-server=http://127.0.0.1:9");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        js = driver;
        viewport(1440, 900);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @Order(1)
    void pageLoadsOnTheSectorsAndSubsectorsWithoutOverlapIn1440x900() {
        driver.get(base + "/");
        waitIdle();
        assertThat(driver.getTitle()).contains("SEI Graph");
        assertThat(number("return window.innerWidth")).isEqualTo(1440);
        JsonNode overview = http.data("{ overview { nodes { id } edges { id } } }").get("overview");
        assertThat(number("return window.seiMap.cy.nodes().length")).isEqualTo(overview.get("nodes").size()).isEqualTo(24);
        assertThat(number("return window.seiMap.cy.edges().length")).isEqualTo(overview.get("edges").size());
        assertNoScrollbars();
        assertThat(overlaps()).isEmpty();
        // the legend is the server's kind table: every kind of the model, each with its colour
        JsonNode kinds = http.data("{ mapKinds { kind color } }").get("mapKinds");
        assertThat(driver.findElements(By.cssSelector("#legend li[data-kind]"))).hasSize(kinds.size());
        // the placeholder bureaus are drawn apart, and the legend says how
        assertThat(driver.findElement(By.cssSelector("#legend li.note")).getText()).contains("市有关部门");
        assertThat(js.executeScript("return window.seiMap.cy.nodes('[kind = \"Sector\"]')[0].style('background-color')"))
                .isEqualTo(rgb(kinds, "Sector"));
        screenshot("map-overview.png");
        collectConsole();
    }

    @Test
    @Order(2)
    void searchCentresTheMapOnAHit() {
        WebElement box = driver.findElement(By.id("search"));
        box.clear();
        box.sendKeys("marine engineering");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("#search-results li[data-i]")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#search-results li[data-i] .name")).getText()).isEqualTo("海洋工程装备");
        box.sendKeys(Keys.ENTER);
        waitIdle();
        assertThat(js.executeScript("return window.seiMap.lastCentered")).isEqualTo(CENTER);
        @SuppressWarnings("unchecked")
        Map<String, Number> centre = (Map<String, Number>) js.executeScript("""
                const cy = window.seiMap.cy, p = cy.getElementById(arguments[0]).renderedPosition();
                return {dx: p.x - cy.width() / 2, dy: p.y - cy.height() / 2};""", CENTER);
        assertThat(Math.abs(centre.get("dx").doubleValue())).isLessThan(2);
        assertThat(Math.abs(centre.get("dy").doubleValue())).isLessThan(2);
        assertThat(driver.findElement(By.cssSelector("#panel h3")).getText()).isEqualTo("海洋工程装备");
        assertThat(driver.getCurrentUrl()).contains("focus=" + URLEncoder.encode(CENTER, StandardCharsets.UTF_8));
        collectConsole();
    }

    @Test
    @Order(3)
    void clickingANodeExpandsItShowsBureausInRankOrderAndLabelsStayLegible() {
        String id = "subsector:航空航天";
        driver.findElement(By.id("home")).click();
        waitIdle();
        long before = number("return window.seiMap.cy.nodes().length");
        clickNode(id);
        waitIdle();
        assertThat(number("return window.seiMap.cy.nodes().length")).isGreaterThan(before);
        JsonNode neighbourhood = http.data("query($id: ID!) { subgraph(ids: [$id], hops: 1) { nodes { id } } }", Map.of("id", id)).get("subgraph");
        for (JsonNode n : neighbourhood.get("nodes")) {
            assertThat(js.executeScript("return window.seiMap.cy.getElementById(arguments[0]).nonempty()", n.get("id").asString()))
                    .as(n.get("id").asString()).isEqualTo(true);
        }
        assertThat(driver.findElement(By.cssSelector("#panel h3")).getText()).isEqualTo("航空航天");
        List<String> shown = driver.findElements(By.cssSelector("#panel ol.bureaus li")).stream()
                .map(li -> li.getDomAttribute("data-id")).toList();
        List<String> expected = new ArrayList<>();
        http.data("query($id: ID!) { responsibilities(subject: $id) { rank bureau { id } } }", Map.of("id", id))
                .get("responsibilities").forEach(r -> expected.add(r.get("bureau").get("id").asString()));
        assertThat(shown).isNotEmpty().isEqualTo(expected);
        assertThat(driver.findElement(By.cssSelector("#panel blockquote")).getText()).contains("航空");

        // two more expansions (its first two bureaus, hubs): the view stays zoomed so that labels read at 10 px or more
        long afterOne = number("return window.seiMap.cy.nodes().length");
        for (String next : shown.subList(0, 2)) {
            js.executeScript("window.seiMap.expand(arguments[0])", next);
            waitIdle();
        }
        assertThat(number("return window.seiMap.cy.nodes().length")).isGreaterThan(afterOne);
        double smallest = ((Number) js.executeScript("""
                const cy = window.seiMap.cy, ext = cy.extent();
                const inView = cy.nodes(':visible').filter(n => { const p = n.position();
                  return p.x > ext.x1 && p.x < ext.x2 && p.y > ext.y1 && p.y < ext.y2; });
                return Math.min(...inView.map(n => parseFloat(n.style('font-size')) * cy.zoom()));""")).doubleValue();
        assertThat(smallest).isGreaterThanOrEqualTo(10.0);
        assertThat(driver.getCurrentUrl()).contains("expand=");
        screenshot("map.png");
        collectConsole();
    }

    @Test
    @Order(4)
    void kindsFilterTheMapAndLabelsSwitchLanguage() {
        assertThat(number("return window.seiMap.cy.nodes('[kind = \"Bureau\"]:visible').length")).isPositive();
        driver.findElement(By.cssSelector("#legend input[value=Bureau]")).click();
        waitFor("return window.seiMap.cy.nodes('[kind = \"Bureau\"]:visible').length === 0");
        assertThat(driver.getCurrentUrl()).contains("hide=Bureau");
        driver.findElement(By.cssSelector("#legend input[value=Bureau]")).click();
        waitFor("return window.seiMap.cy.nodes('[kind = \"Bureau\"]:visible').length > 0");

        driver.findElement(By.id("lang")).click();
        waitIdle();
        assertThat(js.executeScript("return window.seiMap.cy.getElementById('sector:生物产业').data('label')")).isEqualTo("Bio-industry");
        assertThat(driver.findElement(By.cssSelector("#legend li[data-kind=Park] .kname")).getText()).isEqualTo("Park / zone");
        assertThat(driver.getCurrentUrl()).contains("lang=en");
        collectConsole();
    }

    @Test
    @Order(5)
    void aDeepLinkReopensTheSameViewExpansionsFocusNeedAndLanguage() {
        driver.findElement(By.id("need-text")).clear();
        driver.findElement(By.id("need-text")).sendKeys("海洋工程装备制造");
        driver.findElement(By.cssSelector("#parkfit button")).click();
        waitIdle();
        assertThat(driver.findElements(By.cssSelector("#fit-results li.park"))).isNotEmpty();
        String link = driver.getCurrentUrl();
        assertThat(link).contains("need=").contains("lang=en").contains("expand=");
        Object before = snapshot();

        driver.get("about:blank");
        driver.get(link);
        waitIdle();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(driver.getCurrentUrl()).isEqualTo(link);
        assertThat(driver.findElements(By.cssSelector("#fit-results li.park"))).isNotEmpty();
        // back to Chinese for what follows
        driver.findElement(By.id("lang")).click();
        waitIdle();
        collectConsole();
    }

    @Test
    @Order(6)
    void parkFitShowsRankedParksWithReasonsAndExplainsAnEmptyAnswer() {
        driver.findElement(By.id("need-text")).clear();
        driver.findElement(By.id("need-text")).sendKeys("海洋油气装备");
        driver.findElement(By.cssSelector("#parkfit button")).click();
        waitIdle();
        List<WebElement> parks = driver.findElements(By.cssSelector("#fit-results li.park"));
        assertThat(parks).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#fit-results ul.reasons li"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#fit-results ul.reasons li")).getText()).contains("海洋油气装备");
        screenshot("map-parkfit.png");

        driver.findElement(By.id("need-text")).clear();
        driver.findElement(By.id("need-text")).sendKeys("quantum teleportation");
        driver.findElement(By.cssSelector("#parkfit button")).click();
        waitIdle();
        assertThat(driver.findElements(By.cssSelector("#fit-results li.park"))).isEmpty();
        // the page is in Chinese here: it shows the Chinese explanation where the API has one (explanationZh)
        boolean zh = http.data("{ __type(name: \"NeedResolution\") { fields { name } } }").get("__type").get("fields")
                .toString().contains("\"explanationZh\"");
        String field = zh ? "explanationZh" : "explanation";
        String explanation = http.data("{ parkFitResolution(need: {text: \"quantum teleportation\", limit: 5}) { " + field + " } }")
                .get("parkFitResolution").get(field).asString();
        assertThat(driver.findElement(By.cssSelector("#fit-results .explanation")).getText()).isEqualTo(explanation);
        collectConsole();
    }

    @Test
    @Order(7)
    void theChainViewLaysTheChainOutInLayersLeftToRight() {
        js.executeScript("window.seiMap.setView('chain', arguments[0])", CENTER);
        waitIdle();
        // a failed request (e.g. a server timeout on a loaded machine) is shown to the user and recorded here
        assertThat((List<?>) js.executeScript("return window.seiMap.errors")).as("page errors").isEmpty();
        JsonNode chain = http.data("query($id: ID!) { chain(id: $id) { nodes { id depth } } }", Map.of("id", CENTER)).get("chain");
        assertThat(number("return window.seiMap.chainCy.nodes().length")).isEqualTo(chain.get("nodes").size());
        @SuppressWarnings("unchecked")
        List<List<Number>> columns = (List<List<Number>>) js.executeScript("""
                const out = [[], [], [], [], []];
                window.seiMap.chainCy.nodes().forEach(n => out[n.data('layer')].push(n.position('x')));
                return out.map(xs => [Math.min(...xs), Math.max(...xs)]);""");
        for (int l = 1; l < 5; l++) {
            assertThat(columns.get(l).get(0).doubleValue()).as("layer " + l).isGreaterThan(columns.get(l - 1).get(1).doubleValue());
        }
        assertThat(driver.findElements(By.cssSelector("#chain-columns span"))).hasSize(5);
        assertThat(driver.getCurrentUrl()).contains("view=chain");
        screenshot("map-chain.png");
        collectConsole();
    }

    @Test
    @Order(8)
    void theGeographicMapDrawsSixteenDistrictsAndAClickOnBinhaiListsItsParks() {
        driver.findElement(By.cssSelector("#views button[data-view=geo]")).click();
        waitIdle();
        assertThat(number("return echarts.getMap('tianjin').geoJSON.features.length")).isEqualTo(16);
        assertThat(number("return window.seiMap.geoChart.getOption().series[0].data.length")).isEqualTo(16);
        assertThat(number("return window.seiMap.geoChart.getModel().getComponent('geo').coordinateSystem.regions.length")).isEqualTo(16);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js.executeScript("""
                const d = window.seiMap.geoData().districts.find(x => x.district.id === 'district:滨海新区');
                const p = window.seiMap.geoChart.convertToPixel({geoIndex: 0}, [d.places[0].lon + 0.03, d.places[0].lat + 0.03]);
                const r = document.getElementById('geo-chart').getBoundingClientRect();
                return {dx: p[0] - r.width / 2, dy: p[1] - r.height / 2};""");
        new Actions(driver).moveToElement(driver.findElement(By.id("geo-chart")), (int) Math.round(at.get("dx").doubleValue()),
                (int) Math.round(at.get("dy").doubleValue())).click().perform();
        waitIdle();
        waitFor("return document.querySelector('#panel h3') && document.querySelector('#panel h3').textContent === '滨海新区'");
        List<String> listed = driver.findElements(By.cssSelector("#panel ul.places li")).stream().map(li -> li.getDomAttribute("data-id")).toList();
        List<String> expected = new ArrayList<>();
        http.data("{ node(id: \"district:滨海新区\") { ... on District { parks { id } } } }").get("node").get("parks")
                .forEach(p -> expected.add(p.get("id").asString()));
        assertThat(listed).hasSize(7).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(driver.findElement(By.id("panel")).getText()).contains("滨海新区").contains("高端装备");
        assertThat(driver.findElement(By.id("geo-legend")).getText()).contains("位置仅示意");
        // the park-fit answers of the need above are highlighted on the map
        assertThat(number("return window.seiMap.geoChart.getOption().series[2].data.length")).isZero();
        driver.findElement(By.id("need-text")).clear();
        driver.findElement(By.id("need-text")).sendKeys("海洋油气装备");
        driver.findElement(By.cssSelector("#parkfit button")).click();
        waitIdle();
        assertThat(number("return window.seiMap.geoChart.getOption().series[2].data.length")).isPositive();
        assertThat(driver.getCurrentUrl()).contains("view=geo").contains("focus=" + URLEncoder.encode("district:滨海新区", StandardCharsets.UTF_8));
        screenshot("map-geo.png");
        collectConsole();
    }

    @Test
    @Order(9)
    void theCurrentViewExportsAsPngSvgAndJson() {
        for (String view : List.of("geo", "graph")) {
            js.executeScript("window.seiMap.setView(arguments[0])", view);
            waitIdle();
            @SuppressWarnings("unchecked")
            Map<String, Object> png = (Map<String, Object>) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    window.seiMap.exportAs('png').then(r => done({bytes: r.bytes, type: r.type})).catch(e => done({error: String(e)}));""");
            assertThat(png).as(view).doesNotContainKey("error");
            assertThat(((Number) png.get("bytes")).longValue()).as(view).isGreaterThan(20_000);
            assertThat(png.get("type")).isEqualTo("image/png");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> svg = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.seiMap.exportAs('svg').then(r => done({bytes: r.bytes})).catch(e => done({error: String(e)}));""");
        assertThat(((Number) svg.get("bytes")).longValue()).isGreaterThan(5_000);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.seiMap.exportAs('cytoscape').then(r => done({bytes: r.bytes})).catch(e => done({error: String(e)}));""");
        assertThat(json).doesNotContainKey("error");
        assertThat(((Number) json.get("bytes")).longValue()).isGreaterThan(5_000);
        collectConsole();
    }

    @Test
    @Order(10)
    void cytoscapeAndEchartsDrawTheExportsWithTheirPositionsAndColours() {
        JsonNode whole = http.data("{ wholeGraph { nodes { id } edges { id } } }").get("wholeGraph");
        JsonNode hood = http.data("query($id: ID!) { subgraph(ids: [$id], hops: 2) { nodes { id } edges { id } } }", Map.of("id", CENTER))
                .get("subgraph");
        JsonNode kinds = http.data("{ mapKinds { kind color } }").get("mapKinds");
        for (var c : List.of(Map.entry("", whole), Map.entry("&center=" + ExportFormatsTest.enc(CENTER) + "&hops=2", hood))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript("""
                    const query = arguments[0], done = arguments[arguments.length - 1];
                    (async () => {
                      const cyJson = await (await fetch('/api/export?format=cytoscape' + query)).json();
                      const div = document.createElement('div');
                      div.style.cssText = 'position:absolute;left:-3000px;top:0;width:800px;height:600px';
                      document.body.appendChild(div);
                      const cy = cytoscape(Object.assign({ container: div }, cyJson));
                      const parks = cy.nodes('[kind = "Park"]').filter(n => n.isChild()).length;
                      let moved = 0;
                      cyJson.elements.nodes.filter(n => !cy.getElementById(n.data.id).isParent()).forEach(n => {
                        const p = cy.getElementById(n.data.id).position();
                        if (Math.abs(p.x - n.position.x) > 0.01 || Math.abs(p.y - n.position.y) > 0.01) moved++; });
                      const sub = cy.nodes('[kind = "Subsector"]')[0];
                      const series = await (await fetch('/api/export?format=echarts' + query)).json();
                      const chart = echarts.init(div);
                      chart.setOption({ animation: false, series: [series] });
                      const data = chart.getModel().getSeriesByIndex(0).getData();
                      const graph = chart.getModel().getSeriesByIndex(0).getGraph();
                      let ecMoved = 0;
                      series.nodes.forEach((n, i) => { const l = data.getItemLayout(i);
                        if (Math.abs(l[0] - n.x) > 0.01 || Math.abs(l[1] - n.y) > 0.01) ecMoved++; });
                      const subIndex = series.nodes.findIndex(n => n.kind === 'Subsector');
                      const result = { cyNodes: cy.nodes().length, cyEdges: cy.edges().length, parksInDistricts: parks,
                        moved, cySubColour: sub.style('background-color'),
                        ecNodes: graph.nodes.length, ecEdges: graph.edges.length, ecMoved,
                        ecSubColour: data.getItemVisual(subIndex, 'style').fill };
                      chart.dispose(); cy.destroy(); div.remove();
                      done(result);
                    })().catch(e => done({ error: String(e) }));""", c.getKey());
            assertThat(r).doesNotContainKey("error");
            int nodes = c.getValue().get("nodes").size();
            int edges = c.getValue().get("edges").size();
            assertThat(((Number) r.get("cyNodes")).intValue()).isEqualTo(nodes);
            assertThat(((Number) r.get("cyEdges")).intValue()).isEqualTo(edges);
            assertThat(((Number) r.get("ecNodes")).intValue()).isEqualTo(nodes);
            assertThat(((Number) r.get("ecEdges")).intValue()).isEqualTo(edges);
            assertThat(((Number) r.get("moved")).intValue()).as("Cytoscape keeps the positions").isZero();
            assertThat(((Number) r.get("ecMoved")).intValue()).as("ECharts keeps the positions").isZero();
            assertThat(r.get("cySubColour")).isEqualTo(rgb(kinds, "Subsector"));
            assertThat(String.valueOf(r.get("ecSubColour"))).isEqualToIgnoringCase(hex(kinds, "Subsector"));
            if (c.getKey().isEmpty()) {
                assertThat(((Number) r.get("parksInDistricts")).intValue()).isPositive();
            }
        }
        collectConsole();
    }

    @Test
    @Order(11)
    void onAPhoneTheMapFillsTheScreenAndThePanelsAreDrawers() {
        viewport(390, 844);
        driver.get(base + "/?focus=" + URLEncoder.encode(CENTER, StandardCharsets.UTF_8));
        waitIdle();
        assertNoScrollbars();
        assertThat(number("return window.seiMap.cy.width()")).isGreaterThanOrEqualTo(380);
        assertThat(number("return window.seiMap.cy.height()")).isGreaterThan(600);
        assertThat(number("return window.seiMap.cy.nodes(':visible').length")).isPositive();
        assertThat(number("return document.getElementById('left').getBoundingClientRect().right")).isLessThanOrEqualTo(0);
        screenshot("map-mobile.png");
        driver.findElement(By.id("open-left")).click();
        waitFor("return document.getElementById('left').getBoundingClientRect().left >= 0");
        assertThat(driver.findElement(By.id("need-text")).isDisplayed()).isTrue();
        screenshot("map-mobile-drawer.png");
        // a tap beside the drawer (on the dimmed map) closes it
        new Actions(driver).moveToElement(driver.findElement(By.id("scrim")), 175, 0).click().perform();
        waitFor("return document.getElementById('left').getBoundingClientRect().right <= 0");
        driver.findElement(By.cssSelector("#views button[data-view=geo]")).click();
        waitIdle();
        assertThat(number("return window.seiMap.geoChart.getWidth()")).isGreaterThanOrEqualTo(380);
        screenshot("map-mobile-geo.png");
        viewport(360, 740);
        assertNoScrollbars();
        viewport(1440, 900);
        collectConsole();
    }

    @Test
    @Order(12)
    void graphiqlDocsWorkWithTheNetworkCut() {
        driver.get(base + "/graphiql?group=frontend");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector(".graphiql-doc-explorer")).isEmpty()
                && d.findElement(By.cssSelector(".graphiql-doc-explorer")).getText().contains("Query"));
        WebElement docs = driver.findElement(By.cssSelector(".graphiql-doc-explorer"));
        docs.findElement(By.xpath(".//a[normalize-space()='Query']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector(".graphiql-doc-explorer")).getText().contains("industryMap"));
        assertThat(driver.findElement(By.cssSelector(".graphiql-doc-explorer")).getText()).contains("chain").contains("subgraph");
        // the group's example is the open tab
        assertThat(js.executeScript("return document.querySelector('.graphiql-query-editor').innerText")).asString().contains("subgraph(");
        screenshot("graphiql.png");
        collectConsole();
    }

    @Test
    @Order(13)
    void theAskBoxAnswersLinksTheMapAndDownloadsTheAnswer() {
        driver.get(base + "/");
        waitIdle();
        WebElement input = driver.findElement(By.cssSelector("#ask-section input"));
        input.sendKeys("海洋工程装备由哪些部门负责？哪个牵头？", Keys.ENTER);
        waitFor("return document.querySelectorAll('#ask-section ol.ask-items li').length > 0");
        List<String> items = driver.findElements(By.cssSelector("#ask-section ol.ask-items li .ask-entity")).stream()
                .map(WebElement::getText).toList();
        assertThat(items).containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局");
        assertThat(driver.findElement(By.cssSelector("#ask-section .ask-lead")).isDisplayed()).isTrue();
        // the download links are the REST table of the same question, in the page's language, and answer a file
        List<String> links = driver.findElements(By.cssSelector("#ask-section .ask-download a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(links).hasSize(2).allSatisfy(h -> assertThat(h).startsWith("/api/ask?q=").contains("&lang=zh"));
        Object type = js.executeAsyncScript("fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + "
                + "r.headers.get('content-type')))", links.get(1));
        assertThat(type).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // an entity of the answer centres the map on it
        driver.findElement(By.cssSelector("#ask-section .ask-entity")).click();
        waitIdle();
        assertThat(js.executeScript("return window.seiMap.cy.getElementById('bureau:市工业和信息化委').length")).isEqualTo(1L);
        // not understood: said so, with suggestions that ask
        input.clear();
        input.sendKeys("量子计算由哪些部门负责？", Keys.ENTER);
        waitFor("return !!document.querySelector('#ask-section .ask-not')");
        assertThat(driver.findElements(By.cssSelector("#ask-section .ask-suggestions a"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#ask-section .ask-download"))).isEmpty();
        collectConsole();
    }

    @Test
    @Order(99)
    void noConsoleErrorsAndNoRequestLeftTheMachine() {
        collectConsole();
        assertThat(consoleErrors).isEmpty();
        assertThat((List<?>) js.executeScript("return window.seiMap ? window.seiMap.errors : []")).isEmpty();
        assertThat(requests).isNotEmpty();
        // chrome: and chrome-untrusted: are the browser's own pages (the new-tab page it opens first), served from
        // inside the browser, not the network
        assertThat(requests).allSatisfy(u -> assertThat(u)
                .matches("(http://127\\.0\\.0\\.1:\\d+/|data:|blob:|about:|chrome:|chrome-untrusted:).*"));
    }

    // ------------------------------------------------------------------ helpers

    private static void clickNode(String id) {
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) js.executeScript("""
                const cy = window.seiMap.cy, p = cy.getElementById(arguments[0]).renderedPosition();
                return {dx: p.x - cy.width() / 2, dy: p.y - cy.height() / 2};""", id);
        new Actions(driver).moveToElement(driver.findElement(By.id("cy")), (int) Math.round(p.get("dx").doubleValue()),
                (int) Math.round(p.get("dy").doubleValue())).click().perform();
    }

    private static void waitIdle() {
        new WebDriverWait(driver, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(100))
                .until(d -> Boolean.TRUE.equals(js.executeScript("return !!(window.seiMap && window.seiMap.idle())")));
        // let an animation started by the last action finish
        new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(100))
                .until(d -> Boolean.TRUE.equals(js.executeScript("return !window.seiMap.cy.animated() && window.seiMap.idle()")));
    }

    private static void waitFor(String script) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(50))
                .until(d -> Boolean.TRUE.equals(js.executeScript(script)));
    }

    private static long number(String script) {
        return ((Number) js.executeScript(script)).longValue();
    }

    private static void collectConsole() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                consoleErrors.add(e.getLevel() + " " + e.getMessage());
            }
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = GraphQlHttp.JSON.readTree(e.getMessage()).path("message");
            if (m.path("method").asString("").equals("Network.requestWillBeSent")) {
                requests.add(m.path("params").path("request").path("url").asString(""));
            }
        }
    }

    /** Sets the page's viewport (not the outer window) to w × h, as DevTools' device toolbar does. */
    private static void viewport(int w, int h) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", w, "height", h, "deviceScaleFactor", 1, "mobile", false));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> number("return window.innerWidth") == w
                && number("return window.innerHeight") == h);
    }

    private static void assertNoScrollbars() {
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(number("return window.innerWidth"));
        assertThat(number("return document.documentElement.scrollHeight")).isLessThanOrEqualTo(number("return window.innerHeight"));
    }

    /** Nodes outside the map, and pairs of nodes whose boxes (labels included) overlap. */
    private static List<?> overlaps() {
        return (List<?>) js.executeScript("""
                const cy = window.seiMap.cy, boxes = cy.nodes().map(n => [n.id(), n.renderedBoundingBox({includeLabels: true})]);
                const out = [];
                boxes.forEach(([id, b]) => { if (b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height()) out.push('outside: ' + id); });
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i][1], b = boxes[j][1];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(boxes[i][0] + ' / ' + boxes[j][0]);
                }
                return out;""");
    }

    /** What a link restores: view, nodes, expanded nodes, selection, language, kinds shown, park-fit list. */
    private static Object snapshot() {
        return js.executeScript("""
                const s = window.seiMap.state, cy = window.seiMap.cy;
                return { view: s.view, focus: s.focus, lang: s.lang, expanded: s.expanded.slice(),
                  nodes: cy.nodes().map(n => n.id()).sort(), selected: cy.nodes(':selected').map(n => n.id()),
                  hidden: [...s.hidden].sort(), need: s.need && s.need.text,
                  parks: [...document.querySelectorAll('#fit-results .park-name')].map(e => e.dataset.id),
                  label: cy.getElementById('sector:生物产业').data('label') };""");
    }

    private static String hex(JsonNode kinds, String kind) {
        for (JsonNode k : kinds) {
            if (k.get("kind").asString().equals(kind)) {
                return k.get("color").asString();
            }
        }
        throw new AssertionError(kind);
    }

    /** A #rrggbb colour as Cytoscape's style() reports it: rgb(r,g,b). */
    private static String rgb(JsonNode kinds, String kind) {
        int v = Integer.parseInt(hex(kinds, kind).substring(1), 16);
        return "rgb(" + ((v >> 16) & 0xff) + "," + ((v >> 8) & 0xff) + "," + (v & 0xff) + ")";
    }

    private static void screenshot(String name) {
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static File executable(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank() && new File(c).canExecute()) {
                return new File(c);
            }
        }
        return null;
    }
}
