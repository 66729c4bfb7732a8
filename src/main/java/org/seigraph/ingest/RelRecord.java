package org.seigraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/** One relationship: type, stable id {@code TYPE:from->to[#n]}, ends, evidence and type-specific properties. */
public final class RelRecord {
    private final String type;
    private final String id;
    private final String from;
    private final String to;
    private final Evidence evidence;
    private final Map<String, Object> props = new LinkedHashMap<>();

    public RelRecord(String type, String id, String from, String to, Evidence evidence) {
        this.type = type;
        this.id = id;
        this.from = from;
        this.to = to;
        this.evidence = evidence;
    }

    public static String idOf(String type, String from, String to) {
        return type + ":" + from + "->" + to;
    }

    public String type() { return type; }
    public String id() { return id; }
    public String from() { return from; }
    public String to() { return to; }
    public Evidence evidence() { return evidence; }
    public Map<String, Object> props() { return props; }
    public Object prop(String key) { return props.get(key); }

    public RelRecord prop(String key, Object value) {
        if (value != null) props.put(key, value);
        return this;
    }

    @Override public String toString() { return id; }
}
