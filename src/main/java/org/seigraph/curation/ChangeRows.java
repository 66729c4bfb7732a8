package org.seigraph.curation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A change request from its node's properties as plain Cypher returns them, for the writers that run inside a
 * transaction Spring Data does not manage (the bundle load). Property names are those Spring Data stores.
 */
final class ChangeRows {

    static ChangeRequest from(Map<String, Object> p) {
        ChangeRequest c = new ChangeRequest();
        c.setId((String) p.get("id"));
        c.setVersion(p.get("version") instanceof Number n ? n.longValue() : null);
        c.setAction(ChangeRequest.Action.valueOf((String) p.get("action")));
        c.setTarget(ChangeRequest.Target.valueOf((String) p.get("target")));
        c.setEntity((String) p.get("entity"));
        c.setLabel((String) p.get("label"));
        c.setName((String) p.get("name"));
        c.setKey((String) p.get("key"));
        c.setValue((String) p.get("value"));
        c.setProperties((String) p.get("properties"));
        c.setAlias((String) p.get("alias"));
        c.setNewAlias((String) p.get("newAlias"));
        c.setRelType((String) p.get("relType"));
        c.setFromId((String) p.get("fromId"));
        c.setToId((String) p.get("toId"));
        c.setReason((String) p.get("reason"));
        c.setSourceKind(ChangeRequest.SourceKind.valueOf((String) p.get("sourceKind")));
        c.setSourceRef((String) p.get("sourceRef"));
        c.setAuthor((String) p.get("author"));
        c.setProposedAt(instant(p.get("proposedAt")));
        c.setStatus(ChangeRequest.Status.valueOf((String) p.get("status")));
        c.setReviewer((String) p.get("reviewer"));
        c.setReviewedAt(instant(p.get("reviewedAt")));
        c.setReviewNote((String) p.get("reviewNote"));
        c.setBefore((String) p.get("before"));
        c.setAfter((String) p.get("after"));
        c.setApplied(Boolean.TRUE.equals(p.get("applied")));
        c.setAppliedSerial(p.get("appliedSerial") instanceof Number n ? n.longValue() : null);
        c.setEffects((String) p.get("effects"));
        c.setInBundle(Boolean.TRUE.equals(p.get("inBundle")));
        c.setNeedsReview(Boolean.TRUE.equals(p.get("needsReview")));
        c.setReviewReason((String) p.get("reviewReason"));
        c.setFlaggedAt(instant(p.get("flaggedAt")));
        List<String> subjects = new ArrayList<>();
        if (p.get("subjects") instanceof List<?> list) {
            list.forEach(s -> subjects.add(String.valueOf(s)));
        }
        c.setSubjects(subjects);
        return c;
    }

    static Instant instant(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return null;
    }

    private ChangeRows() {
    }
}
