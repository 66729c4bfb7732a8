package org.seigraph.curation;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/curation/export}: the approved changes in effect as {@code import/curated/changes.csv} (public,
 * like every read). {@code POST /api/curation/import} (curator token, {@code text/csv}): such a file back in; rows
 * already approved or proposed are skipped, the rest become proposals, all in one transaction.
 */
@RestController
class CurationRestController {

    private final CurationExchange exchange;

    CurationRestController(CurationExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping(path = "/api/curation/export")
    ResponseEntity<String> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("changes.csv").build().toString())
                .body(exchange.export());
    }

    @PostMapping(path = "/api/curation/import", consumes = {"text/csv", "text/plain"}, produces = "application/json")
    CurationExchange.ImportReport importCsv(@RequestBody(required = false) String csv) {
        return exchange.importCsv(csv);
    }
}
