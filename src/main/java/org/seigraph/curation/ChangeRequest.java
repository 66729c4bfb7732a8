package org.seigraph.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * One proposed change to the graph and what became of it, kept in Neo4j beside the graph (label
 * {@code ChangeRequest}, never {@code Entity}, so bundle loads leave it alone). {@link #version} is Spring Data's
 * optimistic lock: a save made against an older version fails instead of overwriting what someone else decided.
 * <p>
 * What is changed: {@link #action} × {@link #target}; the fields that go with them are in {@link ChangeSpec}.
 * {@link #before} is the fact the change was made against (read from the graph when it was proposed); approval and
 * every re-application after a bundle load check the graph still says so.
 */
@Node(ChangeRequest.LABEL)
public class ChangeRequest {

    public static final String LABEL = "ChangeRequest";

    public enum Status { PROPOSED, APPROVED, REJECTED }

    public enum Action { ADD, CHANGE, RETIRE }

    public enum Target { NODE, PROPERTY, ALIAS, RELATIONSHIP }

    public enum SourceKind { DOCUMENT, URL, LOCAL_KNOWLEDGE }

    @Id
    private String id;
    @Version
    private Long version;

    private Action action;
    private Target target;
    /** NODE (change, retire), PROPERTY, ALIAS: the node; NODE add: the id it will have. */
    private String entity;
    private String label;
    private String name;
    private String key;
    /** JSON of the new property value (PROPERTY add/change). */
    private String value;
    /** JSON object of properties (NODE add/change, RELATIONSHIP add/change); a null value removes that property. */
    private String properties;
    private String alias;
    private String newAlias;
    private String relType;
    private String fromId;
    private String toId;

    private String reason;
    private SourceKind sourceKind;
    private String sourceRef;
    private String author;
    private Instant proposedAt;

    private Status status;
    private String reviewer;
    private Instant reviewedAt;
    private String reviewNote;

    /** JSON of the fact as the graph held it when proposed, and as the change leaves it. */
    private String before;
    private String after;

    /** The change is in effect in the graph now (applied, or already held by the bundle). */
    private boolean applied;
    /** Order of application (the curation serial at approval); re-applied in this order after every load. */
    private Long appliedSerial;
    /** JSON list of the primitive writes the last application made, each with what it replaced (to take it back). */
    private String effects;
    /** The loaded bundle already holds what this change makes (it was folded into the curated CSVs). */
    private boolean inBundle;
    /** A bundle load removed or changed the fact this change was made against: not applied, waiting for a reviewer. */
    private boolean needsReview;
    private String reviewReason;
    private Instant flaggedAt;

    /** Entity ids the change touches (the node, or both ends of a relationship): the per-entity changelog. */
    private List<String> subjects = new ArrayList<>();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Action getAction() { return action; }
    public void setAction(Action action) { this.action = action; }
    public Target getTarget() { return target; }
    public void setTarget(Target target) { this.target = target; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getProperties() { return properties; }
    public void setProperties(String properties) { this.properties = properties; }
    public String getAlias() { return alias; }
    public void setAlias(String alias) { this.alias = alias; }
    public String getNewAlias() { return newAlias; }
    public void setNewAlias(String newAlias) { this.newAlias = newAlias; }
    public String getRelType() { return relType; }
    public void setRelType(String relType) { this.relType = relType; }
    public String getFromId() { return fromId; }
    public void setFromId(String fromId) { this.fromId = fromId; }
    public String getToId() { return toId; }
    public void setToId(String toId) { this.toId = toId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public SourceKind getSourceKind() { return sourceKind; }
    public void setSourceKind(SourceKind sourceKind) { this.sourceKind = sourceKind; }
    public String getSourceRef() { return sourceRef; }
    public void setSourceRef(String sourceRef) { this.sourceRef = sourceRef; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public Instant getProposedAt() { return proposedAt; }
    public void setProposedAt(Instant proposedAt) { this.proposedAt = proposedAt; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getReviewer() { return reviewer; }
    public void setReviewer(String reviewer) { this.reviewer = reviewer; }
    public Instant getReviewedAt() { return reviewedAt; }
    public void setReviewedAt(Instant reviewedAt) { this.reviewedAt = reviewedAt; }
    public String getReviewNote() { return reviewNote; }
    public void setReviewNote(String reviewNote) { this.reviewNote = reviewNote; }
    public String getBefore() { return before; }
    public void setBefore(String before) { this.before = before; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
    public boolean isApplied() { return applied; }
    public void setApplied(boolean applied) { this.applied = applied; }
    public Long getAppliedSerial() { return appliedSerial; }
    public void setAppliedSerial(Long appliedSerial) { this.appliedSerial = appliedSerial; }
    public String getEffects() { return effects; }
    public void setEffects(String effects) { this.effects = effects; }
    public boolean isInBundle() { return inBundle; }
    public void setInBundle(boolean inBundle) { this.inBundle = inBundle; }
    public boolean isNeedsReview() { return needsReview; }
    public void setNeedsReview(boolean needsReview) { this.needsReview = needsReview; }
    public String getReviewReason() { return reviewReason; }
    public void setReviewReason(String reviewReason) { this.reviewReason = reviewReason; }
    public Instant getFlaggedAt() { return flaggedAt; }
    public void setFlaggedAt(Instant flaggedAt) { this.flaggedAt = flaggedAt; }
    public List<String> getSubjects() { return subjects; }
    public void setSubjects(List<String> subjects) { this.subjects = subjects == null ? new ArrayList<>() : subjects; }
}
