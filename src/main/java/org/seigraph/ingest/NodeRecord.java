package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One node of the graph: label, stable id, Chinese name as written, aliases, evidence and label-specific properties. */
public final class NodeRecord {
    private final String label;
    private final String id;
    private String name;
    private String nameEn;
    private final Set<String> aliases = new LinkedHashSet<>();
    private Evidence evidence;
    private final Map<String, Object> props = new LinkedHashMap<>();

    public NodeRecord(String label, String id, String name, Evidence evidence) {
        this.label = label;
        this.id = id;
        this.name = name;
        this.evidence = evidence;
    }

    public static String idOf(String label, String canonicalName) {
        return label.toLowerCase(java.util.Locale.ROOT) + ":" + canonicalName;
    }

    public String label() { return label; }
    public String id() { return id; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public Evidence evidence() { return evidence; }
    public Map<String, Object> props() { return props; }
    public List<String> aliases() { return new ArrayList<>(aliases); }

    public NodeRecord nameEn(String en) { this.nameEn = en; return this; }
    /** Only for names that are not in the text (the plan's curated title). */
    NodeRecord rename(String newName) { this.name = newName; return this; }
    public NodeRecord alias(String alias) {
        if (alias != null && !alias.isBlank() && !alias.equals(name)) aliases.add(alias);
        return this;
    }
    /** Replaces an alias in place, or removes it when {@code replacement} is null (curated changes). */
    void replaceAlias(String alias, String replacement) {
        List<String> next = new ArrayList<>();
        for (String a : aliases) {
            if (!a.equals(alias)) next.add(a);
            else if (replacement != null) next.add(replacement);
        }
        aliases.clear();
        aliases.addAll(next);
    }
    public NodeRecord prop(String key, Object value) {
        if (value != null) props.put(key, value);
        return this;
    }
    public NodeRecord propIfAbsent(String key, Object value) {
        if (value != null) props.putIfAbsent(key, value);
        return this;
    }
    public Object prop(String key) { return props.get(key); }

    /** Keeps the earliest text evidence (the first occurrence the parser recognised). */
    void offerEvidence(Evidence other) {
        if (other == null) return;
        if (evidence == null || (!evidence.fromText() && other.fromText())
                || (evidence.fromText() && other.fromText() && other.start() < evidence.start())) {
            evidence = other;
        }
    }

    @Override public String toString() { return id; }
}
