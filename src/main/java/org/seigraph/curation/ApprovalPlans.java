package org.seigraph.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.store.CypherRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Has Neo4j plan an approval's statements before a reviewer approves: when a change is proposed (or revised, or
 * imported), and for the proposals waiting when the app starts or a bundle load dropped Neo4j's plans. Planning them
 * would otherwise fall inside the first approval of each kind of change. One
 * proposal of each kind (action, target, relationship type, label: what decides the statements and their
 * parameter types) is rehearsed ({@link CurationService#rehearseApproval}) on the thread that plans queries ahead
 * ({@link CypherRunner#inBackground}), with nothing written and no lock taken.
 */
@Component
class ApprovalPlans {

    /** Kinds remembered at most (there are a few dozen). */
    private static final int MAX_KINDS = 1_000;

    /** Proposals just committed (an event: the service does not depend on this component). */
    record Proposed(List<ChangeRequest> requests) {
    }

    private final CurationService curation;
    private final CypherRunner cypher;
    private final Set<String> planned = ConcurrentHashMap.newKeySet();
    private volatile boolean ready;

    ApprovalPlans(CurationService curation, CypherRunner cypher) {
        this.curation = curation;
        this.cypher = cypher;
    }

    @EventListener
    void proposed(Proposed event) {
        Map<String, String> byKind = new LinkedHashMap<>();
        for (ChangeRequest c : event.requests()) {
            byKind.putIfAbsent(kind(c.getAction(), c.getTarget(), c.getRelType(), c.getLabel()), c.getId());
        }
        ahead(byKind);
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        ready = true;
        waiting();
    }

    /** A load drops Neo4j's plans ({@code CypherRunner#replanAfterLoad}). */
    @EventListener(GraphLoadedEvent.class)
    void reloaded() {
        planned.clear();
        if (ready) {
            waiting();
        }
    }

    /** One waiting proposal of each kind. */
    private void waiting() {
        cypher.inBackground(() -> {
            Map<String, String> byKind = new LinkedHashMap<>();
            for (Map<String, Object> row : cypher.read("MATCH (c:ChangeRequest) WHERE c.status = 'PROPOSED' "
                    + "WITH c.action AS action, c.target AS target, c.relType AS relType, c.label AS label, min(c.id) AS id "
                    + "RETURN action, target, relType, label, id LIMIT " + MAX_KINDS, Map.of())) {
                byKind.put(kind(row.get("action"), row.get("target"), row.get("relType"), row.get("label")), (String) row.get("id"));
            }
            ahead(byKind);
        });
    }

    private void ahead(Map<String, String> byKind) {
        byKind.forEach((kind, id) -> {
            if (planned.size() >= MAX_KINDS || !planned.add(kind)) {
                return;
            }
            cypher.inBackground(() -> {
                if (!curation.rehearseApproval(id)) {
                    planned.remove(kind); // the next proposal of this kind tries again
                }
            });
        });
    }

    private static String kind(Object action, Object target, Object relType, Object label) {
        return action + " " + target + " " + relType + " " + label;
    }
}
