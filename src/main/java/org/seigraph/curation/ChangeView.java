package org.seigraph.curation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.graph.CurationProvenance;

/** A change request as GraphQL's {@code ChangeRequest} shows it (JSON fields parsed, times with offset). */
final class ChangeView {

    static Map<String, Object> of(ChangeRequest c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.getId());
        v.put("version", c.getVersion() == null ? 0 : c.getVersion());
        v.put("action", c.getAction().name());
        v.put("target", c.getTarget().name());
        v.put("entity", c.getEntity());
        v.put("label", c.getLabel());
        v.put("name", c.getName());
        v.put("key", c.getKey());
        v.put("value", Json.read(c.getValue()));
        v.put("properties", Json.read(c.getProperties()));
        v.put("alias", c.getAlias());
        v.put("newAlias", c.getNewAlias());
        v.put("type", c.getRelType());
        v.put("from", c.getFromId());
        v.put("to", c.getToId());
        v.put("reason", c.getReason());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", c.getSourceKind().name());
        source.put("ref", c.getSourceRef());
        source.put("citation", CurationProvenance.citation(c.getSourceKind().name(), c.getSourceRef()));
        v.put("source", source);
        v.put("author", c.getAuthor());
        v.put("proposedAt", time(c.getProposedAt()));
        v.put("status", c.getStatus().name());
        v.put("reviewer", c.getReviewer());
        v.put("reviewedAt", time(c.getReviewedAt()));
        v.put("reviewNote", c.getReviewNote());
        v.put("before", Json.read(c.getBefore()));
        v.put("after", Json.read(c.getAfter()));
        v.put("applied", c.isApplied());
        v.put("inBundle", c.isInBundle());
        v.put("needsReview", c.isNeedsReview());
        v.put("reviewReason", c.getReviewReason());
        v.put("flaggedAt", time(c.getFlaggedAt()));
        v.put("subjects", c.getSubjects() == null ? List.of() : c.getSubjects());
        v.put("summary", summary(c));
        return v;
    }

    /** One line: what, on what, from what to what. */
    static String summary(ChangeRequest c) {
        String head = c.getAction() + " " + c.getTarget();
        return switch (c.getTarget()) {
            case NODE -> switch (c.getAction()) {
                case ADD -> head + " " + c.getEntity() + (c.getProperties() == null || "{}".equals(c.getProperties()) ? "" : " " + c.getProperties());
                case CHANGE -> head + " " + c.getEntity() + ": " + c.getBefore() + " -> " + c.getProperties();
                case RETIRE -> head + " " + c.getEntity();
            };
            case PROPERTY -> head + " " + c.getKey() + " of " + c.getEntity() + ": "
                    + show(c.getBefore(), "value") + " -> " + (c.getValue() == null ? "absent" : c.getValue());
            case ALIAS -> head + " of " + c.getEntity() + ": " + switch (c.getAction()) {
                case ADD -> "+ " + c.getAlias();
                case CHANGE -> c.getAlias() + " -> " + c.getNewAlias();
                case RETIRE -> "- " + c.getAlias();
            };
            case RELATIONSHIP -> head + " " + c.getRelType() + " " + c.getFromId() + " -> " + c.getToId()
                    + (c.getProperties() == null || "{}".equals(c.getProperties()) ? "" : " " + c.getProperties());
        };
    }

    private static String show(String beforeJson, String key) {
        Map<String, Object> before = Json.object(beforeJson);
        Object v = before == null ? null : before.get(key);
        return v == null ? "absent" : Json.write(v);
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private ChangeView() {
    }
}
