package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MENTIONS: scans the whole text once, left to right, taking at each position the span the parser bound to a
 * node, else the longest node name or alias found there; each occurrence becomes one MENTIONS relationship from
 * the innermost section. Where a name belongs to several nodes (绿色低碳 is a Domain and a Sector) and the parser
 * did not bind that occurrence, a name beats an alias and then {@link #PRIORITY} decides.
 * Section nodes and the curated plan document (its title is not in the text) are never mentioned; targets, measures
 * and fields only where the parser bound them.
 */
public final class MentionIndexer {

    static final List<String> PRIORITY = List.of("Subsector", "Sector", "Domain", "Area", "Industry", "Strategy",
            "Document", "CooperationSystem", "Park", "Platform", "Project", "Instrument", "Technology", "Bureau", "Measure",
            "District", "Target", "Field");

    private record Candidate(NodeRecord node, boolean alias) {}

    public void index(GraphRecords g, String text, String docId, List<Section> sections) {
        Map<String, List<Candidate>> dictionary = new HashMap<>();
        int longest = 0;
        for (NodeRecord n : g.nodes()) {
            if (n.label().equals("Section") || !n.evidence().fromText() && n.label().equals("Document")) continue;
            // bound only: targets and measures by their statements; fields (工业, 海洋 …) are too short a word to find alone
            if (n.label().equals("Target") || n.label().equals("Measure") || n.label().equals("Field")) continue;
            dictionary.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(new Candidate(n, false));
            longest = Math.max(longest, n.name().length());
            for (String a : n.aliases()) {
                dictionary.computeIfAbsent(a, k -> new ArrayList<>()).add(new Candidate(n, true));
                longest = Math.max(longest, a.length());
            }
        }
        int i = 0;
        while (i < text.length()) {
            TreeMap<Integer, String> bound = g.bindingsAt(i);
            NodeRecord hit = null;
            int end = -1;
            if (!bound.isEmpty()) {
                end = bound.lastKey();
                hit = g.require(bound.lastEntry().getValue());
            } else {
                for (int len = Math.min(longest, text.length() - i); len >= 2; len--) {
                    List<Candidate> c = dictionary.get(text.substring(i, i + len));
                    if (c != null) {
                        hit = best(c);
                        end = i + len;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (!hit.label().equals("Section")) {
                Section s = SectionSplitter.innermost(sections, i, end);
                NodeRecord section = g.require(NodeRecord.idOf("Section", s.path()));
                g.repeatableRel("MENTIONS", section, hit, Evidence.text(docId, s.path(), i, end));
            }
            i = end;
        }
    }

    private static NodeRecord best(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || rank(c) < rank(best)) best = c;
        }
        return best.node();
    }

    private static int rank(Candidate c) {
        int p = PRIORITY.indexOf(c.node().label());
        return (c.alias() ? 100 : 0) + (p < 0 ? 99 : p);
    }
}
