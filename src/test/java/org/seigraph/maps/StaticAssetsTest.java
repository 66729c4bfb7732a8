package org.seigraph.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;

/**
 * How the page and its libraries are served: every WebJar URL the page and GraphiQL name resolves (so the versions in
 * static/ match the pom), versioned WebJar URLs are cached as immutable for a year, the page's own files are
 * revalidated (no-cache + ETag, 304 when unchanged), text answers are gzip-compressed, and /graphiql is the offline page.
 */
class StaticAssetsTest {

    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static String base;

    @BeforeAll
    static void start() {
        base = "http://127.0.0.1:" + SharedApp.port();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every /webjars/… URL written in the page's own files. */
    static Set<String> webjarUrls() throws IOException {
        Pattern url = Pattern.compile("/webjars/[A-Za-z0-9._-]+/[0-9][^'\"\\s)]*");
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = url.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group());
                }
            }
        }
        return out;
    }

    @Test
    void everyVersionedLibraryUrlResolvesAndIsImmutable() throws Exception {
        Set<String> urls = webjarUrls();
        assertThat(urls).contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/dagre/0.8.4/dist/dagre.min.js");
        for (String u : urls) {
            HttpResponse<byte[]> r = get(u);
            assertThat(r.statusCode()).as(u).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).as(u)
                    .contains("max-age=31536000").contains("immutable").contains("public");
        }
        // without a version the locator still answers, but such a URL may change: revalidate
        HttpResponse<byte[]> versionless = get("/webjars/cytoscape/dist/cytoscape.min.js");
        assertThat(versionless.statusCode()).isEqualTo(200);
        assertThat(versionless.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-cache");
        assertThat(get("/webjars/cytoscape/9.9.9/dist/cytoscape.min.js").statusCode()).isEqualTo(404);
    }

    @Test
    void thePagesOwnFilesAreRevalidatedWithAnETag() throws Exception {
        for (String path : List.of("/", "/map.css", "/js/main.js", "/graphiql/graphiql.js")) {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).as(path).isEqualTo("no-cache");
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void textAnswersAreCompressed() throws Exception {
        HttpResponse<byte[]> plain = get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
        HttpResponse<byte[]> gzip = get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "Accept-Encoding", "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        for (String path : List.of("/js/graph-view.js", "/api/export?format=graphml", "/api/geo/districts")) {
            assertThat(get(path, "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
        HttpRequest graphql = HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .header("Accept-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ overview { nodes { id name nameEn summary } } }\"}"))
                .build();
        assertThat(CLIENT.send(graphql, HttpResponse.BodyHandlers.ofByteArray()).headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void graphiqlIsServedByTheAppWithNothingFromElsewhere() throws Exception {
        HttpResponse<byte[]> r = get("/graphiql");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("/webjars/graphiql/2.4.7/graphiql.min.js").contains("/graphiql/graphiql.js");
        assertThat(html).doesNotContainPattern("(src|href)=\"https?://");
        assertThat(new String(get("/graphiql/graphiql.js").body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("analyst").contains("frontend").contains("promotion");
    }
}
