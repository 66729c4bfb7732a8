package org.seigraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphModel;
import org.seigraph.store.CypherRunner;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Names and aliases wherever an id is taken (GraphQL through {@link RefArguments}, REST through {@link #resolve}).
 * A value that is an existing id is used as it is (of any kind: the field answers it, as before). Otherwise it is
 * a name: compared by {@link NameKey} with the names, English names and aliases of the entities the full-text index
 * finds for it (an id written with other quotes or a half-width plus, {@code subsector:"互联网+"产业}, is a name
 * within its kind). One match is used; several are BAD_REQUEST listing them (ids, names, kinds); none is NOT_FOUND
 * with "did you mean" suggestions, the closest names by edit distance among what the index finds.
 *
 * <p>An argument's kinds are tried in the order given: {@code parks(district:)} takes a District or an Area, so the
 * name 滨海新区 (both) means the District; within one kind two matches are ambiguous. Exact matches are looked for
 * among the {@value #CANDIDATES} best full-text hits of the name, so on a graph where thousands of entities share
 * words with it a name may be reported as not found: its id still works.
 */
@Component
public class EntityRefs {

    static final int CANDIDATES = 100;
    static final int SUGGESTIONS = 5;
    /** Names (not ids) one argument may hold: each costs a full-text query, ids are looked up together. */
    static final int MAX_NAMES = 20;
    /** Words of a value searched for; fuzzy forms only for short values (a typo in a name, not a sentence). */
    static final int MAX_WORDS = 16;
    static final int MAX_FUZZY = 3;

    /**
     * What an argument takes.
     *
     * @param argument       its name, for messages ({@code bureau}, {@code need.industries}, {@code center})
     * @param kinds          the kinds it takes, in the order a name is looked up; empty = any kind
     * @param keepUnknownIds a well-formed id (known kind prefix) that names nothing is passed on as it is, for the
     *                       field to answer (node: null) instead of NOT_FOUND
     */
    public record Target(String argument, List<String> kinds, boolean keepUnknownIds) {
        public Target {
            kinds = List.copyOf(kinds);
            for (String kind : kinds) {
                if (!GraphModel.LABEL_NAMES.contains(kind)) {
                    throw new IllegalArgumentException("Unknown kind '" + kind + "' for '" + argument + "'");
                }
            }
        }

        public static Target any(String argument) {
            return new Target(argument, List.of(), false);
        }

        public static Target of(String argument, String... kinds) {
            return new Target(argument, List.of(kinds), false);
        }

        String takes() {
            return kinds.isEmpty() ? "any entity" : kinds.size() == 1 ? "a " + kinds.get(0)
                    : "a " + String.join(" or ", kinds);
        }
    }

    /** An entity a name may stand for. */
    public record Candidate(String id, String kind, String name, String nameEn) {
        Map<String, Object> asMap() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("kind", kind);
            out.put("name", name);
            out.put("nameEn", nameEn);
            return out;
        }

        @Override
        public String toString() {
            return id + " (" + kind + " " + name + ")";
        }
    }

    private record Hit(Candidate candidate, List<String> names, double score) {
    }

    private final CypherRunner cypher;

    public EntityRefs(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** The id a value stands for (see the class comment); null stays null. */
    public String resolve(String value, Target target) {
        if (value == null) {
            return null;
        }
        return resolveAll(List.of(value), target).get(0);
    }

    /** The ids the values stand for, in order; one query for the values that are ids, one per name. */
    public List<String> resolveAll(List<String> values, Target target) {
        if (target.keepUnknownIds() && values.stream().allMatch(EntityRefs::isIdShaped)) {
            return values; // the field answers unknown ids itself, and ids are not names
        }
        Map<String, String> kinds = kindsOf(values);
        long names = values.stream().filter(v -> !kinds.containsKey(v) && !(target.keepUnknownIds() && isIdShaped(v))).count();
        if (names > MAX_NAMES) {
            throw ApiException.limit("'" + target.argument() + "' holds " + names + " names that are not ids, above the limit of "
                    + MAX_NAMES + "; give ids");
        }
        List<String> out = new ArrayList<>(values.size());
        for (String value : values) {
            String kind = kinds.get(value);
            if (kind != null) {
                // an existing id of another kind is passed on as before: the field answers it (an empty list), which
                // clients rely on (the map page asks responsibilities(subject: $id) and (bureau: $id) with one id)
                out.add(value);
            } else if (target.keepUnknownIds() && isIdShaped(value)) {
                out.add(value);
            } else {
                out.add(byName(value, target).id());
            }
        }
        return out;
    }

    /** Per entity (by id), the other entities whose name is the same (an Area and a District both named 滨海新区). */
    public Map<String, List<Candidate>> sameName(List<Map<String, Object>> entities) {
        List<String> names = entities.stream().map(e -> String.valueOf(e.get("name"))).toList();
        List<List<Hit>> hitsPerName = candidates(names);
        Map<String, List<Candidate>> out = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            String id = (String) entities.get(i).get("id");
            String key = NameKey.of(names.get(i));
            out.put(id, hitsPerName.get(i).stream()
                    .filter(h -> !h.candidate().id().equals(id) && NameKey.of(h.candidate().name()).equals(key))
                    .map(Hit::candidate).toList());
        }
        return out;
    }

    /** True for a value that starts with a kind's id prefix ({@code bureau:}, {@code subsector:} …). */
    static boolean isIdShaped(String value) {
        return prefixKind(value).isPresent();
    }

    private static Optional<GraphModel.Label> prefixKind(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String prefix = value.substring(0, colon + 1);
        for (GraphModel.Label label : GraphModel.Label.values()) {
            if (label.idPrefix().equals(prefix)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    private Map<String, String> kindsOf(List<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        cypher.read("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, " + EntityReader.kind("n") + " AS kind",
                        Map.of("ids", List.copyOf(new LinkedHashSet<>(ids))))
                .forEach(row -> out.put((String) row.get("id"), (String) row.get("kind")));
        return out;
    }

    private Candidate byName(String value, Target target) {
        Optional<GraphModel.Label> prefix = prefixKind(value);
        // an id written another way (other quotes, a half-width plus) is a name within its kind
        String name = prefix.map(p -> value.substring(p.idPrefix().length())).orElse(value);
        String key = NameKey.of(name);
        List<Hit> hits = candidates(name).stream()
                .filter(h -> prefix.isEmpty() || h.candidate().kind().equals(prefix.get().name()))
                .toList();
        List<Candidate> exact = hits.stream()
                .filter(h -> h.names().stream().anyMatch(n -> NameKey.of(n).equals(key))
                        || (prefix.isPresent() && NameKey.of(h.candidate().id()).equals(NameKey.of(value))))
                .map(Hit::candidate).distinct().toList();
        List<Candidate> taken = exact.stream().filter(c -> target.kinds().isEmpty() || target.kinds().contains(c.kind())).toList();
        if (!taken.isEmpty()) {
            for (String kind : target.kinds().isEmpty() ? List.<String>of() : target.kinds()) {
                List<Candidate> ofKind = taken.stream().filter(c -> c.kind().equals(kind)).toList();
                if (!ofKind.isEmpty()) {
                    taken = ofKind;
                    break;
                }
            }
            if (taken.size() == 1) {
                return taken.get(0);
            }
            throw new ApiException(ErrorCode.BAD_REQUEST, "'" + value + "' in '" + target.argument() + "' names "
                    + taken.size() + " entities: " + taken.stream().map(Candidate::toString).collect(Collectors.joining(", "))
                    + "; give one of their ids", Map.of("candidates", maps(taken)));
        }
        if (!exact.isEmpty()) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "'" + value + "' in '" + target.argument() + "' names "
                    + exact.stream().map(Candidate::toString).collect(Collectors.joining(", ")) + "; '"
                    + target.argument() + "' takes " + target.takes(), Map.of("candidates", maps(exact)));
        }
        List<Candidate> suggestions = suggestions(key, hits, target);
        throw new ApiException(ErrorCode.NOT_FOUND, "No " + (target.kinds().isEmpty() ? "entity" : String.join(" or ", target.kinds()))
                + " named or with id '" + value + "' ('" + target.argument() + "')"
                + (suggestions.isEmpty() ? "" : ". Did you mean: " + suggestions.stream()
                        .map(c -> c.name() + " (" + c.id() + ")").collect(Collectors.joining(", ")) + "?"),
                Map.of("suggestions", maps(suggestions)));
    }

    /** The closest names among the full-text hits, those of the argument's kinds first. */
    private static List<Candidate> suggestions(String key, List<Hit> hits, Target target) {
        Comparator<Hit> closest = Comparator.comparingDouble((Hit h) -> -similarity(key, h.names()))
                .thenComparingDouble(h -> -h.score())
                .thenComparing(h -> h.candidate().id());
        List<Hit> pool = hits.stream().filter(h -> target.kinds().isEmpty() || target.kinds().contains(h.candidate().kind())).toList();
        return (pool.isEmpty() ? hits : pool).stream().sorted(closest).limit(SUGGESTIONS).map(Hit::candidate).toList();
    }

    /** 1 for the same key, towards 0 the more edits it takes; the best over an entity's names. */
    static double similarity(String key, List<String> names) {
        double best = 0;
        for (String name : names) {
            String other = NameKey.of(name);
            int longest = Math.max(key.length(), other.length());
            if (longest > 0) {
                best = Math.max(best, 1.0 - (double) editDistance(key, other) / longest);
            }
        }
        return best;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Full-text hits for a name: its first {@value #MAX_WORDS} words and, for a value of at most {@value #MAX_FUZZY}
     * words, fuzzy forms of its longer Latin words (typos in English names). Capped so that a long hostile value costs
     * no more than a name.
     */
    private List<Hit> candidates(String name) {
        return candidates(List.of(name)).get(0);
    }

    /** {@link #candidates(String)} of several names in one round trip, in their order. */
    @SuppressWarnings("unchecked")
    private List<List<Hit>> candidates(List<String> names) {
        List<List<Hit>> out = new ArrayList<>();
        List<Map<String, Object>> queries = new ArrayList<>();
        for (String name : names) {
            out.add(new ArrayList<>());
            String query = fullTextQuery(name);
            if (query != null) {
                queries.add(Map.of("i", out.size() - 1, "query", query));
            }
        }
        if (queries.isEmpty()) {
            return out;
        }
        for (Map<String, Object> row : cypher.read("UNWIND $queries AS q "
                + "CALL db.index.fulltext.queryNodes('entity_names', q.query, {limit: $limit}) "
                + "YIELD node AS n, score RETURN q.i AS i, n.id AS id, " + EntityReader.kind("n") + " AS kind, n.name AS name, "
                + "n.nameEn AS nameEn, n.aliases AS aliases, score",
                Map.of("queries", queries, "limit", CANDIDATES))) {
            Candidate c = new Candidate((String) row.get("id"), (String) row.get("kind"), (String) row.get("name"),
                    (String) row.get("nameEn"));
            List<String> known = new ArrayList<>();
            known.add(c.name());
            if (c.nameEn() != null) {
                known.add(c.nameEn());
            }
            if (row.get("aliases") instanceof List<?> aliases) {
                known.addAll((List<String>) aliases);
            }
            out.get(((Number) row.get("i")).intValue()).add(new Hit(c, known, ((Number) row.get("score")).doubleValue()));
        }
        return out;
    }

    /** The Lucene query for a name, or null when it has no words. */
    private static String fullTextQuery(String name) {
        List<String> words = java.util.Arrays.stream(NameKey.searchWords(name).split(" ")).filter(w -> !w.isEmpty())
                .limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            return null;
        }
        List<String> fuzzy = words.size() > MAX_FUZZY ? List.of() : words.stream()
                .filter(w -> w.length() >= 4 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')).map(w -> w + "~").toList();
        return String.join(" ", words) + (fuzzy.isEmpty() ? "" : " " + String.join(" ", fuzzy));
    }

    private static List<Map<String, Object>> maps(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::asMap).toList();
    }
}
