package org.seigraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.support.RawHttp;
import org.seigraph.support.SharedApp;
import org.seigraph.support.WritableApp;
import org.seigraph.support.TempStores;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Access on the shared app (admin token configured, no CORS origins): reads are public without any credential,
 * the admin reload works with the token only, nothing creates a session or offers a login, and cross-origin
 * browser calls are refused.
 */
class SecurityAccessTest {

    private final RawHttp http = new RawHttp(SharedApp.port());

    @Test
    void readsArePublicAndStateless() {
        RawHttp.Response graphql = http.postJson("/graphql", "{\"query\":\"{ node(id: \\\"bureau:市海洋局\\\") { name } }\"}");
        assertThat(graphql.status()).isEqualTo(200);
        assertThat(graphql.json().at("/data/node/name").asString()).isEqualTo("市海洋局");
        RawHttp.Response cypher = http.postJson("/api/cypher", "{\"query\":\"MATCH (n:Bureau) RETURN count(n) AS c\"}");
        assertThat(cypher.status()).isEqualTo(200);
        for (String path : List.of("/actuator/health", "/api/stats", "/api/cypher/queries", "/graphiql")) {
            RawHttp.Response r = http.send("GET", path, null);
            assertThat(r.status()).as(path).isIn(200, 302, 307);
        }
        for (RawHttp.Response r : List.of(graphql, cypher)) {
            assertThat(r.header("Set-Cookie")).as("no session").isNull();
            assertThat(r.header("WWW-Authenticate")).isNull();
        }
        assertThat(http.send("GET", "/login", null).status()).as("no login page").isEqualTo(404);
        assertThat(SharedApp.context().getBeanNamesForType(UserDetailsService.class)).as("no user store, no generated password")
                .isEmpty();
    }

    @Test
    void adminReloadNeedsTheBearerToken() {
        RawHttp.Response anonymous = http.postJson("/api/admin/reload", "{}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(anonymous.json().at("/error/code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(http.postJson("/api/admin/reload", "{}", "Authorization", "Bearer nope").status()).isEqualTo(401);
    }

    @Test
    void adminReloadWithTheTokenReloadsTheSameGraph() {
        // a reload writes: on the app for tests that write, never the shared one
        RawHttp writable = new RawHttp(WritableApp.port());
        long before = nodes(writable);
        RawHttp.Response ok = writable.postJson("/api/admin/reload", "{}", "Authorization", "Bearer " + TempStores.ADMIN_TOKEN);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().at("/nodes").asLong()).isEqualTo(before);
        assertThat(ok.header("Set-Cookie")).isNull();
        assertThat(nodes(writable)).as("reloading the same bundle changes nothing").isEqualTo(before);
    }

    @Test
    void crossOriginCallsAreRefusedWithoutAnAllowList() {
        RawHttp.Response preflight = http.send("OPTIONS", "/graphql", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        RawHttp.Response post = http.postJson("/api/cypher", "{\"query\":\"RETURN 1 AS x\"}", "Origin", "https://evil.example");
        assertThat(post.status()).isEqualTo(403);
        // same-origin browsers and non-browser clients are unaffected
        String self = "http://127.0.0.1:" + SharedApp.port();
        assertThat(http.postJson("/api/cypher", "{\"query\":\"RETURN 1 AS x\"}", "Origin", self).status()).isEqualTo(200);
    }

    private static long nodes(RawHttp http) {
        return http.postJson("/api/cypher", "{\"query\":\"MATCH (n:Entity) RETURN count(n) AS c\"}").json().at("/rows/0/c").asLong();
    }
}
