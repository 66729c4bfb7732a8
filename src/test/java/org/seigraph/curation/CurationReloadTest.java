package org.seigraph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seigraph.support.CurationClient.data;
import static org.seigraph.support.CurationClient.input;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.seigraph.SeiGraphApplication;
import org.seigraph.ingest.GraphBuild;
import org.seigraph.ingest.GraphCsvWriter;
import org.seigraph.support.CurationClient;
import org.seigraph.support.RawHttp;
import org.seigraph.support.TempStores;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import org.seigraph.support.Alongside;
import org.seigraph.support.TempDirs;

/**
 * Approved changes survive: a restart, an admin reload of the same bundle, a bundle that removes or changes the facts
 * two of them were made against (those two are kept and flagged, the rest applied again, nothing applied blindly), a
 * changed bundle at start-up that restores those facts (applied again, unflagged), and a bundle regenerated with
 * the exported changes folded into {@code import/curated/changes.csv} (every change found in the bundle: a no-op),
 * as is importing the export again through the API.
 */
@Alongside
class CurationReloadTest {

    private static final String ALICE = TempStores.CURATOR_TOKEN;
    private static final String RITA = TempStores.REVIEWER_TOKEN;
    private static final String PARK = "park:临港经济区";
    private static final String BUREAU = "bureau:市海洋局";
    private static final String AERO = "park:航空航天科技产业城";

    @Test
    void approvedChangesSurviveRestartsAndReloadsAndAreFlaggedWhenTheirFactIsGone() throws Exception {
        Path work = TempDirs.create("curation-reload");
        Path store = work.resolve("store");
        Path bundleA = copy(Path.of("import/graph"), work.resolve("bundle-a"));
        String removed = firstId(bundleA.resolve("nodes/Platform.csv"));
        String changed = firstId(bundleA.resolve("nodes/Project.csv"));
        Map<String, String> ids = new LinkedHashMap<>();

        try (ConfigurableApplicationContext app = start(store, bundleA)) {
            CurationClient c = client(app);
            ids.put("park", approve(c, input("action", "CHANGE", "target", "PROPERTY", "entity", PARK, "key", "nameEn",
                    "value", "Lingang Special Area")));
            ids.put("alias", approve(c, input("action", "ADD", "target", "ALIAS", "entity", BUREAU, "alias", "海洋局")));
            ids.put("edge", approve(c, input("action", "ADD", "target", "RELATIONSHIP", "type", "LOCATED_IN", "from", AERO,
                    "to", "district:滨海新区")));
            ids.put("removed", approve(c, input("action", "CHANGE", "target", "PROPERTY", "entity", removed, "key", "nameEn",
                    "value", "Curated name of a node the next bundle drops")));
            ids.put("changed", approve(c, input("action", "CHANGE", "target", "PROPERTY", "entity", changed, "key", "nameEn",
                    "value", "Curated name the next bundle contradicts")));
            assertAllApplied(c, removed, changed);
        }

        // restart on the same store and bundle: nothing to load, everything still there
        try (ConfigurableApplicationContext app = start(store, bundleA)) {
            CurationClient c = client(app);
            assertAllApplied(c, removed, changed);
            long version = version(c, ids.get("park"));
            // admin reload of the same bundle: the graph is replaced and every change applied again
            assertThat(reload(c, bundleA).status()).isEqualTo(200);
            assertAllApplied(c, removed, changed);
            assertThat(version(c, ids.get("park"))).as("the reload moved the request on").isGreaterThan(version);

            // a bundle without one node and with another's English name changed
            Path bundleB = copy(bundleA, work.resolve("bundle-b"));
            dropNode(bundleB, removed);
            setCell(bundleB.resolve("nodes/Project.csv"), changed, "nameEn", "English name from the new bundle");
            RawHttp.Response r = reload(c, bundleB);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertKept(c);
            JsonNode flagged = data(c.graphql("{ changeRequests(needsReview: true) { id needsReview applied reviewReason status } }",
                    Map.of(), null)).get("changeRequests");
            assertThat(flagged.findValuesAsString("id")).containsExactlyInAnyOrder(ids.get("removed"), ids.get("changed"));
            for (JsonNode f : flagged) {
                assertThat(f.get("applied").asBoolean()).isFalse();
                assertThat(f.get("status").asString()).isEqualTo("APPROVED");
            }
            assertThat(reason(flagged, ids.get("removed"))).contains(removed).contains("no longer exists");
            assertThat(reason(flagged, ids.get("changed"))).contains("English name from the new bundle");
            assertThat(node(c, removed)).as("gone with the bundle").isNull();
            assertThat(node(c, changed).get("nameEn").asString()).as("not applied blindly").isEqualTo("English name from the new bundle");
        }

        // start-up with a changed bundle (A again): the flagged changes apply again and are unflagged
        try (ConfigurableApplicationContext app = start(store, bundleA)) {
            CurationClient c = client(app);
            assertAllApplied(c, removed, changed);
            assertThat(data(c.graphql("{ changeRequests(needsReview: true) { id } }", Map.of(), null)).get("changeRequests")).isEmpty();

            // fold the export into the curated overlay, regenerate the bundle, load it: every change is in the bundle
            String export = c.http().send("GET", "/api/curation/export", null).body();
            assertThat(export.lines().count()).as(export).isEqualTo(1 + ids.size());
            String before = snapshot(c, removed, changed);
            Path importDir = copy(Path.of("import"), work.resolve("import"));
            Files.writeString(importDir.resolve("curated/changes.csv"), export, StandardCharsets.UTF_8);
            Path folded = work.resolve("bundle-folded");
            new GraphCsvWriter().write(GraphBuild.build(importDir).records(), folded);
            assertThat(reload(c, folded).status()).isEqualTo(200);
            JsonNode all = data(c.graphql("{ changeRequests { id applied inBundle needsReview } }", Map.of(), null)).get("changeRequests");
            assertThat(all).hasSize(ids.size()).allSatisfy(x -> {
                assertThat(x.get("applied").asBoolean()).isTrue();
                assertThat(x.get("inBundle").asBoolean()).as(x.toString()).isTrue();
                assertThat(x.get("needsReview").asBoolean()).isFalse();
            });
            assertThat(snapshot(c, removed, changed)).as("the folded bundle says what the changes said").isEqualTo(before);

            // and importing the export again through the API changes nothing
            RawHttp.Response imported = c.http().send("POST", "/api/curation/import", export.getBytes(StandardCharsets.UTF_8),
                    "Content-Type", "text/csv", "Authorization", "Bearer " + ALICE);
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("alreadyApproved").asInt()).isEqualTo(ids.size());
            assertThat(imported.json().get("proposed")).isEmpty();
            assertThat(data(c.graphql("{ changeRequests { id } }", Map.of(), null)).get("changeRequests")).hasSize(ids.size());
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private static void assertKept(CurationClient c) {
        assertThat(node(c, PARK).get("nameEn").asString()).isEqualTo("Lingang Special Area");
        assertThat(node(c, BUREAU).get("aliases").toString()).contains("海洋局");
        assertThat(data(c.graphql("{ node(id: \"" + AERO + "\") { ... on Park { locatedIn { id } } } }", Map.of(), null))
                .at("/node/locatedIn/0/id").asString()).isEqualTo("district:滨海新区");
        assertThat(node(c, PARK).get("sources").toString()).contains("\"derivation\":\"curated\"");
    }

    private static void assertAllApplied(CurationClient c, String removed, String changed) {
        assertKept(c);
        assertThat(node(c, removed).get("nameEn").asString()).isEqualTo("Curated name of a node the next bundle drops");
        assertThat(node(c, changed).get("nameEn").asString()).isEqualTo("Curated name the next bundle contradicts");
        JsonNode all = data(c.graphql("{ changeRequests { applied needsReview status } }", Map.of(), null)).get("changeRequests");
        assertThat(all).allSatisfy(x -> {
            assertThat(x.get("applied").asBoolean()).isTrue();
            assertThat(x.get("needsReview").asBoolean()).isFalse();
        });
    }

    /** The answers the curated facts show up in, sources included. */
    private static String snapshot(CurationClient c, String removed, String changed) {
        return Stream.of(PARK, BUREAU, removed, changed).map(id -> {
            JsonNode n = node(c, id);
            List<String> curated = new ArrayList<>(n.get("sources").findValuesAsString("change"));
            return id + " " + n.get("nameEn") + " " + n.get("aliases") + " " + curated;
        }).toList() + data(c.graphql("{ node(id: \"" + AERO + "\") { ... on Park { locatedIn { id } } } }", Map.of(), null)).toString();
    }

    private static JsonNode node(CurationClient c, String id) {
        JsonNode n = data(c.graphql("{ node(id: \"" + id + "\") { id nameEn aliases sources { derivation change } } }", Map.of(), null))
                .get("node");
        return n.isNull() ? null : n;
    }

    private static String approve(CurationClient c, Map<String, Object> in) {
        JsonNode p = data(c.propose(in, ALICE)).get("proposeChange");
        data(c.approve(p.get("id").asString(), p.get("version").asLong(), RITA));
        return p.get("id").asString();
    }

    private static long version(CurationClient c, String id) {
        return data(c.graphql("{ changeRequest(id: \"" + id + "\") { version } }", Map.of(), null)).at("/changeRequest/version").asLong();
    }

    private static String reason(JsonNode flagged, String id) {
        for (JsonNode f : flagged) {
            if (f.get("id").asString().equals(id)) {
                return f.get("reviewReason").asString();
            }
        }
        throw new AssertionError(id);
    }

    /** An admin reload, waited for as long as a loaded machine needs (the shared client gives up after 30 s). */
    private static RawHttp.Response reload(CurationClient c, Path bundle) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + c.port() + "/api/admin/reload"))
                .timeout(java.time.Duration.ofMinutes(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TempStores.ADMIN_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"bundle\":\"" + bundle + "\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new RawHttp.Response(r.statusCode(), r.body(), r.headers().map(), 0);
    }

    private static ConfigurableApplicationContext start(Path store, Path bundle) {
        List<String> args = new ArrayList<>(List.of(TempStores.leanArgs(store, bundle.toUri().toString())));
        args.add("--seigraph.embedded.transaction-timeout=5m");
        args.add("--seigraph.store.query-timeout=60s"); // correctness, not speed: a loaded machine must not time it out
        return new SpringApplicationBuilder(SeiGraphApplication.class).run(args.toArray(String[]::new));
    }

    private static CurationClient client(ConfigurableApplicationContext app) {
        return new CurationClient(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    private static String firstId(Path csv) throws IOException {
        return rows(csv).get(0).get("id");
    }

    /** Drops a node's row and every relationship row that names it. */
    private static void dropNode(Path bundle, String id) throws IOException {
        try (Stream<Path> files = Files.walk(bundle)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                rewrite(f, row -> id.equals(row.get("id")) || id.equals(row.isMapped("from") ? row.get("from") : null)
                        || id.equals(row.isMapped("to") ? row.get("to") : null) ? null : row.toList());
            }
        }
    }

    private static void setCell(Path csv, String id, String column, String value) throws IOException {
        rewrite(csv, row -> {
            List<String> cells = new ArrayList<>(row.toList());
            if (id.equals(row.get("id"))) {
                cells.set(row.getParser().getHeaderMap().get(column), value);
            }
            return cells;
        });
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** Rewrites a CSV row by row: the function gives the row's cells, or null to drop it. */
    private static void rewrite(Path csv, Function<CSVRecord, List<String>> change) throws IOException {
        List<String> header;
        List<List<String>> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            header = parser.getHeaderNames();
            for (CSVRecord r : parser) {
                List<String> cells = change.apply(r);
                if (cells != null) {
                    out.add(cells);
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            for (List<String> row : out) {
                p.printRecord(row);
            }
        }
    }
}
