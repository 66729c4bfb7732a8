package org.seigraph.ingest;

import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.seigraph.ingest.GraphBundle;
import org.seigraph.ingest.GraphLoader;
import org.seigraph.ingest.ImportException;
import org.seigraph.store.GraphStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/reload} (admin token required, see {@link AccessSecurity}): loads the configured bundle,
 * or the bundle directory named in {@code {"bundle": "/path/to/graph"}} (a directory, {@code file:} or
 * {@code classpath:} location), replacing the graph in one transaction. The bundle is validated in full first:
 * a broken file changes nothing and the answer names file, line and column. One load at a time (409 otherwise).
 */
@RestController
class AdminController {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    record ReloadRequest(String bundle) {
    }

    private final GraphLoader loader;
    private final ResourcePatternResolver resources;
    private final GraphStoreProperties props;
    private final ReentrantLock loading = new ReentrantLock();

    AdminController(GraphLoader loader, ResourcePatternResolver resources, GraphStoreProperties props) {
        this.loader = loader;
        this.resources = resources;
        this.props = props;
    }

    @PostMapping(path = "/api/admin/reload", produces = "application/json")
    Map<String, Object> reload(@RequestBody(required = false) ReloadRequest request) {
        String location = location(request == null ? null : request.bundle());
        if (!loading.tryLock()) {
            throw new ApiException(ErrorCode.CONFLICT, "Another load is running; try again when it has finished");
        }
        try {
            GraphBundle bundle;
            try {
                bundle = GraphBundle.read(resources, location);
            } catch (ImportException e) {
                log.warn("Reload of {} refused: {}", location, e.getMessage());
                throw ApiException.badRequest("Import refused, nothing was changed: " + e.getMessage());
            }
            GraphLoader.LoadReport report = loader.load(bundle);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("bundle", location);
            out.put("nodes", report.nodes());
            out.put("relationships", report.relationships());
            out.put("hash", report.hash());
            out.put("millis", report.millis());
            return out;
        } finally {
            loading.unlock();
        }
    }

    private String location(String requested) {
        if (requested == null || requested.isBlank()) {
            return props.bundle();
        }
        String r = requested.strip();
        if (r.startsWith("classpath:") || r.startsWith("file:")) {
            return r.endsWith("/") ? r : r + "/";
        }
        Path dir = Path.of(r).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw ApiException.badRequest("No bundle directory at " + dir);
        }
        return dir.toUri().toString();
    }
}
