package org.seigraph.curation;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.curation.ChangeRequest.SourceKind;
import org.seigraph.graph.CurationProvenance;
import org.seigraph.ingest.CuratedChanges;
import org.seigraph.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Approved changes out as {@code import/curated/changes.csv} rows ({@link CuratedChanges}), and such a file back in
 * through the API: a row whose change is already approved (by id, or the same change under another id) or already
 * proposed is skipped, so importing an export again changes nothing; any other row becomes a proposal of the caller.
 */
@Component
class CurationExchange {

    static final int MAX_ROWS = CurationService.MAX_BATCH;

    /** What an import did. */
    record ImportReport(int rows, int alreadyApproved, int alreadyProposed, List<String> proposed) {
    }

    private final ChangeRepository repository;
    private final CurationService curation;
    private final CurationAccess access;

    CurationExchange(ChangeRepository repository, CurationService curation, CurationAccess access) {
        this.repository = repository;
        this.curation = curation;
        this.access = access;
    }

    /** Every change in effect now (approved, not waiting for review), in the order applied. */
    String export() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (ChangeRequest c : repository.approvedInOrder()) {
            if (c.isApplied() && !c.isNeedsReview()) {
                rows.add(row(c));
            }
        }
        StringWriter out = new StringWriter();
        try {
            CuratedChanges.write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    ImportReport importCsv(String csv) {
        access.require(org.seigraph.web.Roles.CURATOR);
        List<CuratedChanges.Row> rows;
        try {
            rows = CuratedChanges.read(new StringReader(csv == null ? "" : csv), "the uploaded file");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Import refused, nothing was changed: " + e.getMessage());
        }
        if (rows.size() > MAX_ROWS) {
            throw ApiException.limit("The file has " + rows.size() + " rows, above the limit of " + MAX_ROWS);
        }
        List<ChangeRequest> known = new ArrayList<>(repository.findAll());
        int approved = 0;
        int proposed = 0;
        List<Map<String, Object>> fresh = new ArrayList<>();
        List<ChangeSpec> freshSpecs = new ArrayList<>();
        for (CuratedChanges.Row row : rows) {
            Map<String, Object> input;
            ChangeSpec spec;
            try {
                input = input(row);
                spec = ChangeSpec.parse(input);
            } catch (ApiException e) {
                throw new ApiException(e.code(), "Import refused, nothing was changed: line " + row.line() + ": " + e.getMessage());
            }
            ChangeRequest same = known.stream().filter(c -> c.getId().equals(row.get("change")) || equivalent(c, spec))
                    .filter(c -> c.getStatus() != ChangeRequest.Status.REJECTED).findFirst().orElse(null);
            if (same != null && same.getStatus() == ChangeRequest.Status.APPROVED) {
                approved++;
            } else if (same != null || freshSpecs.contains(spec)) {
                proposed++;
            } else {
                input.put("@line", row.line());
                fresh.add(input);
                freshSpecs.add(spec);
            }
        }
        List<String> ids = fresh.isEmpty() ? List.of()
                : curation.proposeAll(fresh).stream().map(ChangeRequest::getId).toList();
        return new ImportReport(rows.size(), approved, proposed, ids);
    }

    private static boolean equivalent(ChangeRequest c, ChangeSpec spec) {
        try {
            return ChangeSpec.of(c).equals(spec);
        } catch (ApiException unreadable) {
            return false;
        }
    }

    static Map<String, String> row(ChangeRequest c) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("change", c.getId());
        row.put("action", c.getAction().name());
        row.put("target", c.getTarget().name());
        row.put("entity", c.getEntity());
        row.put("label", c.getLabel());
        row.put("name", c.getName());
        row.put("key", c.getKey());
        row.put("value", c.getValue());
        row.put("properties", c.getProperties() == null || "{}".equals(c.getProperties()) ? null : c.getProperties());
        row.put("alias", c.getAlias());
        row.put("newAlias", c.getNewAlias());
        row.put("type", c.getRelType());
        row.put("from", c.getFromId());
        row.put("to", c.getToId());
        row.put("reason", c.getReason());
        row.put("author", c.getAuthor());
        row.put("approvedBy", c.getReviewer());
        row.put("approvedAt", c.getReviewedAt() == null ? null : c.getReviewedAt().toString());
        row.put("sourceKind", c.getSourceKind().name());
        row.put("source", CurationProvenance.citation(c.getSourceKind().name(), c.getSourceRef()));
        return row;
    }

    /** A row as a {@code ChangeInput}. */
    private static Map<String, Object> input(CuratedChanges.Row row) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("action", row.get("action"));
        in.put("target", row.get("target"));
        boolean nodeAdd = "NODE".equals(row.get("target")) && "ADD".equals(row.get("action"));
        if (!nodeAdd) {
            in.put("entity", row.get("entity"));
        }
        for (String field : List.of("label", "name", "key", "alias", "newAlias", "type", "from", "to")) {
            in.put(field, row.get(field));
        }
        try {
            in.put("value", CuratedChanges.json(row.get("value")));
            in.put("properties", CuratedChanges.json(row.get("properties")));
        } catch (RuntimeException e) {
            throw ApiException.badRequest("'value' and 'properties' must be JSON");
        }
        in.put("reason", row.get("reason"));
        String kind = row.get("sourceKind");
        String source = row.get("source");
        if ("LOCAL_KNOWLEDGE".equals(kind) && source != null) {
            source = source.equals("local knowledge") ? null
                    : source.startsWith("local knowledge: ") ? source.substring("local knowledge: ".length()) : source;
        }
        Map<String, Object> src = new LinkedHashMap<>();
        src.put("kind", kind == null ? SourceKind.LOCAL_KNOWLEDGE.name() : kind);
        src.put("ref", source);
        in.put("source", src);
        return in;
    }
}
