package org.seigraph.curation;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.seigraph.curation.ChangeRequest.SourceKind;
import org.seigraph.curation.ChangeRequest.Status;
import org.seigraph.graph.GraphChangedEvent;
import org.seigraph.store.TxCypher;
import org.seigraph.store.WriteTurns;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;
import org.seigraph.web.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a change request: proposed by a curator (revised by its author while proposed), then approved or
 * rejected by a reviewer. Each step is one Neo4j transaction (Spring Data's transaction manager): an approval
 * writes the request's new state and the change to the graph together, so a crash leaves both or neither.
 * <p>
 * Concurrency: every step names the version of the request it was made against. A step made against an older
 * version, or on a request that is no longer proposed, is CONFLICT; writers take {@link CurationLock} first, so the
 * checks read the latest committed state, and Spring Data's {@code @Version} check on save backs them up.
 * An approval whose fact the graph no longer holds as proposed is CONFLICT too, and changes nothing.
 */
@Service
class CurationService {

    private static final Logger log = LoggerFactory.getLogger(CurationService.class);

    /** A request and the version of it the caller saw. */
    record Ref(String id, long version) {
    }

    private final ChangeRepository repository;
    private final Neo4jClient client;
    private final TransactionTemplate tx;
    private final CurationAccess access;
    private final ApplicationEventPublisher events;
    private final WriteTurns turns;

    CurationService(ChangeRepository repository, Neo4jClient client, PlatformTransactionManager transactions,
                    CurationAccess access, ApplicationEventPublisher events, WriteTurns turns) {
        this.repository = repository;
        this.client = client;
        this.tx = new TransactionTemplate(transactions);
        this.access = access;
        this.events = events;
        this.turns = turns;
    }

    // -------------------------------------------------------------------------------------------------- curator

    /**
     * A new proposal, checked against the graph now (what it changes must be there, and it must change something).
     * With {@code validateOnly} nothing is stored: the answer shows the request as it would be, diff included.
     */
    ChangeRequest propose(Map<String, Object> input, boolean validateOnly) {
        Roles.Caller caller = access.require(Roles.CURATOR);
        ChangeRequest c = new ChangeRequest();
        c.setId("cr-" + UUID.randomUUID());
        c.setAuthor(caller.name());
        c.setProposedAt(now());
        c.setStatus(Status.PROPOSED);
        describe(c, input);
        if (validateOnly) {
            return inTx(() -> {
                readBeforeAndAfter(c);
                return c;
            }, true);
        }
        ChangeRequest saved = inTx(() -> {
            readBeforeAndAfter(c);
            return repository.save(c);
        }, false);
        log.info("Change {} proposed by {}: {} {} {}", saved.getId(), caller.name(), saved.getAction(), saved.getTarget(),
                saved.getSubjects());
        events.publishEvent(new ApprovalPlans.Proposed(List.of(saved)));
        return saved;
    }

    /** Several proposals in one transaction (an imported file): all of them or none; errors name the input's line. */
    List<ChangeRequest> proposeAll(List<Map<String, Object>> inputs) {
        Roles.Caller caller = access.require(Roles.CURATOR);
        List<ChangeRequest> proposed = inTx(() -> {
            List<ChangeRequest> out = new ArrayList<>();
            for (Map<String, Object> input : inputs) {
                try {
                    ChangeRequest c = new ChangeRequest();
                    c.setId("cr-" + UUID.randomUUID());
                    c.setAuthor(caller.name());
                    c.setProposedAt(now());
                    c.setStatus(Status.PROPOSED);
                    describe(c, input);
                    readBeforeAndAfter(c);
                    out.add(c);
                } catch (ApiException e) {
                    throw new ApiException(e.code(), "Import refused, nothing was changed: line " + input.get("@line") + ": "
                            + e.getMessage());
                }
            }
            // new entities of one type: Spring Data writes them in batches
            List<ChangeRequest> saved = repository.saveAll(out);
            log.info("{} change(s) proposed by {} from an imported file", saved.size(), caller.name());
            return saved;
        }, false);
        events.publishEvent(new ApprovalPlans.Proposed(proposed));
        return proposed;
    }

    /** The author rewrites a proposal that is still proposed; its version moves on. */
    ChangeRequest revise(Ref ref, Map<String, Object> input) {
        Roles.Caller caller = access.require(Roles.CURATOR);
        ChangeRequest revised = inTx(() -> {
            CurationLock.take(cypher());
            ChangeRequest c = current(ref, Status.PROPOSED);
            if (!c.getAuthor().equals(caller.name())) {
                throw new ApiException(ErrorCode.FORBIDDEN, "Only its author (" + c.getAuthor() + ") may revise " + c.getId());
            }
            describe(c, input);
            c.setProposedAt(now());
            readBeforeAndAfter(c);
            return repository.save(c);
        }, false);
        events.publishEvent(new ApprovalPlans.Proposed(List.of(revised)));
        return revised;
    }

    // -------------------------------------------------------------------------------------------------- reviewer

    ChangeRequest approve(Ref ref, String note) {
        return approveAll(List.of(ref), note).get(0);
    }

    /** Approves and applies several requests in one transaction, in the order given: all of them or none. */
    List<ChangeRequest> approveAll(List<Ref> refs, String note) {
        Roles.Caller caller = access.require(Roles.REVIEWER);
        String checkedNote = note == null ? null : Texts.text("note", note, Texts.MAX_REASON);
        if (refs.isEmpty()) {
            throw ApiException.badRequest("'changes' is empty: nothing to approve");
        }
        if (refs.size() > MAX_BATCH) {
            throw ApiException.limit("'changes' has " + refs.size() + " entries, above the limit of " + MAX_BATCH);
        }
        long started = System.nanoTime();
        List<ChangeRequest> approved = inTx(() -> {
            TxCypher cypher = cypher();
            log.info("Applying {} approved change(s) by {} in one transaction", refs.size(), caller.name());
            List<ChangeRequest> out = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            CurationLock.Held lock = null;
            for (Ref ref : refs) {
                if (!seen.add(ref.id())) {
                    throw ApiException.badRequest("'" + ref.id() + "' is listed twice");
                }
                // the lock (first time), the request and the graph around it in one statement
                ApprovalRead.Read read = ApprovalRead.read(cypher, ref.id(), lock);
                lock = read.lock();
                ChangeRequest c = read.request();
                checkCurrent(c, ref, Status.PROPOSED);
                if (c.getAuthor().equals(caller.name())) {
                    throw new ApiException(ErrorCode.FORBIDDEN, c.getId() + " was proposed by you: another reviewer must approve it");
                }
                List<Statement> statements = decide(c, read, caller.name(), checkedNote, lock.serial() * 10_000 + out.size());
                out.add(saveDecision(c, statements, cypher));
            }
            return out;
        }, false);
        log.info("Approved and applied {} change(s) by {} in {} ms: {}", approved.size(), caller.name(),
                (System.nanoTime() - started) / 1_000_000, approved.stream().map(ChangeRequest::getId).toList());
        // after the commit: caches of graph content drop what these entities touched (not the whole graph)
        java.util.Set<String> touched = new java.util.LinkedHashSet<>();
        approved.forEach(c -> touched.addAll(c.getSubjects()));
        events.publishEvent(new GraphChangedEvent(touched));
        return approved;
    }

    /**
     * Checks and applies {@code c} against the graph {@code read} holds, and records the decision on it: the
     * statements that write both, the last one checking the request's version ({@link #saveDecision}). CONFLICT
     * when the graph no longer holds what the change was made against.
     */
    private static List<Statement> decide(ChangeRequest c, ApprovalRead.Read read, String reviewer, String note, long serial) {
        Instant at = now();
        // the change's write is held back and runs in the statement that writes the decision
        List<Statement> writes = new ArrayList<>();
        ChangeApplier.Outcome outcome = ChangeApplier.apply(c, new ChangeApplier.Approval(reviewer, at),
                (q, params) -> {
                    writes.add(new Statement(q, params));
                    return List.of();
                }, read.graph());
        if (outcome.result() == ChangeApplier.Result.STALE) {
            throw new ApiException(ErrorCode.CONFLICT, "The graph changed since " + c.getId() + " was proposed: "
                    + outcome.reason() + ". Nothing was changed; revise or reject it");
        }
        c.setStatus(Status.APPROVED);
        c.setReviewer(reviewer);
        c.setReviewedAt(at);
        c.setReviewNote(note);
        c.setApplied(true);
        c.setAppliedSerial(serial);
        c.setEffects(Json.write(outcome.effects()));
        c.setInBundle(outcome.result() == ChangeApplier.Result.IN_BASE);
        return decisionStatements(c, writes);
    }

    /**
     * Has Neo4j plan the statements approving proposal {@code id} would run, without running them: each as
     * {@code EXPLAIN}, in a transaction that is rolled back, so nothing is written and no lock is taken. Neo4j
     * caches a plan per statement, parameter types and whether the transaction has changes, so each is explained
     * where an approval runs it: the read first in a fresh transaction, the rest after a change (a node created
     * in this transaction only). False when the request is no longer proposed or would not apply.
     */
    boolean rehearseApproval(String id) {
        TransactionTemplate template = new TransactionTemplate(tx.getTransactionManager());
        return Boolean.TRUE.equals(template.execute(status -> {
            status.setRollbackOnly();
            TxCypher cypher = cypher();
            cypher.run("EXPLAIN " + ApprovalRead.statement(true), Map.of("id", id));
            cypher.run("CREATE ()", Map.of());
            try {
                ApprovalRead.Read read = ApprovalRead.read(cypher, id, new CurationLock.Held(0, null));
                if (read.request().getStatus() != Status.PROPOSED) {
                    return false;
                }
                cypher.run("EXPLAIN " + ApprovalRead.statement(false), Map.of("id", id));
                for (Statement s : decide(read.request(), read, "plan-ahead", null, 0)) {
                    cypher.run("EXPLAIN " + s.cypher(), s.params());
                }
                return true;
            } catch (ApiException e) {
                return false;
            }
        }));
    }

    ChangeRequest reject(Ref ref, String note) {
        Roles.Caller caller = access.require(Roles.REVIEWER);
        String checkedNote = Texts.text("note", note, Texts.MAX_REASON);
        return inTx(() -> {
            CurationLock.take(cypher());
            ChangeRequest c = repository.findById(ref.id()).orElseThrow(() -> ApiException.notFound("change request", ref.id()));
            checkVersion(c, ref);
            // a proposal, or an approved change a bundle load left needing review (it is not in the graph)
            boolean flagged = c.getStatus() == Status.APPROVED && c.isNeedsReview() && !c.isApplied();
            if (c.getStatus() != Status.PROPOSED && !flagged) {
                throw new ApiException(ErrorCode.CONFLICT, c.getId() + " is " + c.getStatus()
                        + (c.getStatus() == Status.APPROVED ? " and in the graph" : "") + ": it cannot be rejected");
            }
            if (c.getAuthor().equals(caller.name()) && !flagged) {
                throw new ApiException(ErrorCode.FORBIDDEN, c.getId() + " was proposed by you: another reviewer must decide");
            }
            c.setStatus(Status.REJECTED);
            c.setReviewer(caller.name());
            c.setReviewedAt(now());
            c.setReviewNote(checkedNote);
            c.setNeedsReview(false);
            return repository.save(c);
        }, false);
    }

    static final int MAX_BATCH = 5_000;

    // -------------------------------------------------------------------------------------------------- helpers

    /** Reads the request and checks the caller saw its current version and that it is in {@code status}. */
    private ChangeRequest current(Ref ref, Status status) {
        ChangeRequest c = repository.findById(ref.id()).orElseThrow(() -> ApiException.notFound("change request", ref.id()));
        checkCurrent(c, ref, status);
        return c;
    }

    /** Checks the caller saw the request's current version and that it is in {@code status}. */
    private static void checkCurrent(ChangeRequest c, Ref ref, Status status) {
        checkVersion(c, ref);
        if (c.getStatus() != status) {
            throw new ApiException(ErrorCode.CONFLICT, c.getId() + " is already " + c.getStatus()
                    + (c.getReviewer() == null ? "" : " (by " + c.getReviewer() + ")"));
        }
    }

    /** A Cypher statement and its parameters. */
    private record Statement(String cypher, Map<String, Object> params) {
    }

    /**
     * Writes an approval's change to the graph and its decision onto its request, in one statement: the change's
     * write as a subquery, then the decision with Spring Data's optimistic-locking semantics (the property names
     * and values are those {@link ChangeRequest}'s mapping writes): only over the version that was read, which
     * moves on by one; a request someone else moved on meanwhile is CONFLICT (and the transaction rolls back).
     */
    private static ChangeRequest saveDecision(ChangeRequest c, List<Statement> statements, TxCypher cypher) {
        List<Map<String, Object>> rows = List.of();
        for (Statement s : statements) {
            rows = cypher.run(s.cypher(), s.params());
        }
        if (rows.isEmpty()) {
            throw new ApiException(ErrorCode.CONFLICT, "The change request was changed by someone else meanwhile: "
                    + "reload it and decide again");
        }
        c.setVersion(((Number) rows.get(0).get("version")).longValue());
        return c;
    }

    /** The statements of {@link #saveDecision}: the change's writes, the last one with the decision. */
    private static List<Statement> decisionStatements(ChangeRequest c, List<Statement> writes) {
        Map<String, Object> set = new java.util.HashMap<>();
        set.put("status", c.getStatus().name());
        set.put("reviewer", c.getReviewer());
        set.put("reviewedAt", c.getReviewedAt().atOffset(java.time.ZoneOffset.UTC));
        set.put("reviewNote", c.getReviewNote());
        set.put("applied", c.isApplied());
        set.put("appliedSerial", c.getAppliedSerial());
        set.put("effects", c.getEffects());
        set.put("inBundle", c.isInBundle());
        // ChangeApplier writes once; should it write more, all but the last run on their own, in order
        List<Statement> out = new ArrayList<>(writes.subList(0, Math.max(0, writes.size() - 1)));
        Map<String, Object> params = new java.util.HashMap<>();
        String write = "";
        if (!writes.isEmpty()) {
            Statement last = writes.get(writes.size() - 1);
            write = "CALL () { " + last.cypher() + " } ";
            params.putAll(last.params());
        }
        params.put("crId", c.getId());
        params.put("crVersion", c.getVersion());
        params.put("crSet", set);
        out.add(new Statement(ApprovalRead.KEEP_PLAN + write + "MATCH (c:ChangeRequest {id: $crId}) WHERE c.version = $crVersion "
                + "SET c += $crSet, c.version = $crVersion + 1 RETURN c.version AS version", params));
        return out;
    }

    private static void checkVersion(ChangeRequest c, Ref ref) {
        if (c.getVersion() == null || c.getVersion() != ref.version()) {
            throw new ApiException(ErrorCode.CONFLICT, c.getId() + " has moved on (version " + c.getVersion()
                    + ", you saw version " + ref.version() + "; status " + c.getStatus() + "): reload it and decide again");
        }
    }

    /** Reason, source and the checked change itself onto the request. */
    private static void describe(ChangeRequest c, Map<String, Object> input) {
        ChangeSpec spec = ChangeSpec.parse(input);
        c.setReason(Texts.text("reason", (String) input.get("reason"), Texts.MAX_REASON));
        source(c, input.get("source"));
        spec.copyTo(c);
    }

    private void readBeforeAndAfter(ChangeRequest c) {
        ChangeSpec spec = ChangeSpec.of(c);
        Map<String, Object> before = ChangeApplier.before(spec, cypher());
        c.setBefore(Json.write(before));
        c.setAfter(Json.write(ChangeApplier.after(spec, before)));
    }

    /** A document (its id or a citation), a URL (http or https), or local knowledge (with an optional note). */
    private static void source(ChangeRequest c, Object raw) {
        if (!(raw instanceof Map<?, ?> source)) {
            throw ApiException.badRequest("'source' is required: {kind: DOCUMENT|URL|LOCAL_KNOWLEDGE, ref}");
        }
        SourceKind kind;
        try {
            kind = SourceKind.valueOf(String.valueOf(source.get("kind")));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'source.kind' must be one of " + java.util.Arrays.toString(SourceKind.values()));
        }
        Object ref = source.get("ref");
        if (ref != null && !(ref instanceof String)) {
            throw ApiException.badRequest("'source.ref' must be a string");
        }
        String r = ref == null ? null : Texts.line("source.ref", (String) ref, 1000);
        switch (kind) {
            case URL -> {
                if (r == null) {
                    throw ApiException.badRequest("'source.ref' is required for a URL source");
                }
                URI uri;
                try {
                    uri = new URI(r);
                } catch (java.net.URISyntaxException e) {
                    throw ApiException.badRequest("'source.ref' is not a URL: " + e.getReason());
                }
                if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                    throw ApiException.badRequest("'source.ref' must be an http or https URL with a host");
                }
            }
            case DOCUMENT -> {
                if (r == null) {
                    throw ApiException.badRequest("'source.ref' is required for a DOCUMENT source: its id, number or title");
                }
            }
            case LOCAL_KNOWLEDGE -> {
            }
        }
        c.setSourceKind(kind);
        c.setSourceRef(r);
    }

    /** Cypher in the transaction Spring manages now. */
    private TxCypher cypher() {
        return (cypher, params) -> new ArrayList<>(client.query(cypher).bindAll(params).fetch().all());
    }

    private <T> T inTx(Supplier<T> work, boolean readOnly) {
        TransactionTemplate template = tx;
        if (readOnly) {
            template = new TransactionTemplate(tx.getTransactionManager());
            template.setReadOnly(true);
        }
        try {
            if (readOnly) {
                return template.execute(status -> work.get());
            }
            // a curator or reviewer waits for it: background writers let it commit first
            TransactionTemplate write = template;
            return turns.foreground(() -> write.execute(status -> work.get()));
        } catch (OptimisticLockingFailureException e) {
            throw new ApiException(ErrorCode.CONFLICT, "The change request was changed by someone else meanwhile: "
                    + "reload it and decide again");
        }
    }

    /** Milliseconds are enough, and what Neo4j and JSON keep alike. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
