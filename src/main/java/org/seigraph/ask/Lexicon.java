package org.seigraph.ask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a question may use for the graph's entities, and the longest-match scan that finds them. Each
 * entity is known by its name, aliases and English name, by a few forms derived from them by fixed rules
 * ({@link #derived}), and by the synonyms given to {@link #of}. Everything is compared in the
 * {@link Normalizer}'s spelling. One name may stand for several entities (滨海新区 is an area and a
 * district): a {@link Mention} keeps them all and the slot it fills decides (see {@code Grammar}).
 */
final class Lexicon {

    /** An entity of the graph as the lexicon knows it. */
    record Entry(String id, String kind, String name, String nameEn, String category) {

        /** The placeholders 市有关部门 and 有关区人民政府: in the lists, but not bureaus one can name. */
        boolean placeholder() {
            return "generic".equals(category);
        }

        String label(boolean english) {
            return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }

    /** Where a surface form comes from: name, alias, nameEn, derived (a rule of {@link #derived}) or synonym. */
    record Sense(Entry entry, String how) {

        boolean synonym() {
            return how.startsWith("synonym");
        }
    }

    /** A name found in a question: [start, end) of the normalised text, and every entity it may stand for. */
    record Mention(int start, int end, String surface, List<Sense> senses) {

        List<Entry> entries() {
            return senses.stream().map(Sense::entry).distinct().toList();
        }

        /** True when the name is known only as a curated synonym (not a name, alias or English name of the graph). */
        boolean synonymOnly() {
            return senses.stream().allMatch(Sense::synonym);
        }

        Set<String> kinds() {
            return kinds(true);
        }

        /** The kinds it may stand for; without synonyms: only as a name, alias or derived form of the graph. */
        Set<String> kinds(boolean withSynonyms) {
            Set<String> kinds = new LinkedHashSet<>();
            senses.stream().filter(s -> withSynonyms || !s.synonym()).forEach(s -> kinds.add(s.entry().kind()));
            return kinds;
        }

        /** The entities of a kind it stands for; without synonyms: only those the graph names so. */
        List<Entry> entries(String kind, boolean withSynonyms) {
            return senses.stream().filter(s -> s.entry().kind().equals(kind) && (withSynonyms || !s.synonym()))
                    .map(Sense::entry).distinct().toList();
        }
    }

    /** A curated synonym: a term, the id it stands for, and where the row is ({@code synonyms.csv:21}). */
    record Synonym(String term, String id, String cite) {
    }

    private final Map<String, List<Sense>> bySurface;
    private final Map<String, Entry> byId;
    private final int longest;

    private Lexicon(Map<String, List<Sense>> bySurface, Map<String, Entry> byId) {
        this.bySurface = bySurface;
        this.byId = byId;
        this.longest = bySurface.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static Lexicon of(Collection<Entry> entries, Map<String, List<String>> aliases, Collection<Synonym> synonyms) {
        Map<String, List<Sense>> surfaces = new HashMap<>();
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : entries) {
            byId.put(e.id(), e);
            add(surfaces, e.name(), new Sense(e, "name"));
            for (String alias : aliases.getOrDefault(e.id(), List.of())) {
                add(surfaces, alias, new Sense(e, "alias"));
            }
            if (e.nameEn() != null) {
                add(surfaces, e.nameEn(), new Sense(e, "nameEn"));
            }
            for (String form : derived(e, aliases.getOrDefault(e.id(), List.of()))) {
                add(surfaces, form, new Sense(e, "derived"));
            }
        }
        for (Synonym s : synonyms) {
            Entry e = byId.get(s.id());
            if (e != null) {
                add(surfaces, s.term(), new Sense(e, "synonym " + s.cite()));
            }
        }
        return new Lexicon(surfaces, byId);
    }

    private static void add(Map<String, List<Sense>> surfaces, String surface, Sense sense) {
        String key = Normalizer.normalize(surface);
        if (key.isEmpty() || Grammar.ownWord(key)) {
            return;
        }
        List<Sense> senses = surfaces.computeIfAbsent(key, k -> new ArrayList<>());
        if (senses.stream().noneMatch(s -> s.entry().id().equals(sense.entry().id()))) {
            senses.add(sense);
        }
    }

    /**
     * Forms derived by rule (documented in docs/ask.md, "Linking"): a bureau without 市 (市科委 → 科委) and without
     * "Municipal"; a district without 区 (武清区 → 武清); a sub-sector without 产业 (大数据产业 → 大数据); a measure by
     * its section (四(一)); a document by its number (国发〔2016〕67号); English names without a parenthesis, without
     * a leading "Tianjin" (Binhai New Area), and with their last word in the singular or plural.
     */
    static List<String> derived(Entry e, List<String> aliases) {
        List<String> out = new ArrayList<>();
        String name = e.name();
        switch (e.kind()) {
            case "Bureau" -> {
                if (name.startsWith("市") && name.length() >= 3) {
                    out.add(name.substring(1));
                }
            }
            case "District" -> {
                if (name.endsWith("区") && name.length() >= 3) {
                    out.add(name.substring(0, name.length() - 1));
                }
            }
            case "Subsector" -> {
                String n = Normalizer.normalize(name);
                if (n.endsWith("产业") && n.length() >= 4) {
                    out.add(n.substring(0, n.length() - 2));
                }
            }
            case "Measure", "Section" -> out.add(e.id().substring(e.id().indexOf(':') + 1));
            case "Document" -> {
                String number = e.id().substring(e.id().indexOf(':') + 1);
                if (number.endsWith("号")) {
                    out.add(number);
                }
            }
            default -> {
            }
        }
        if (e.nameEn() != null && !e.nameEn().isBlank()) {
            String en = e.nameEn().replaceAll("\\s*\\([^)]*\\)", "").strip();
            if ("Bureau".equals(e.kind()) && en.startsWith("Municipal ")) {
                out.add(en.substring("Municipal ".length()));
            }
            // the city's own name before a place of it (Tianjin Binhai New Area): also without it, if two words remain
            String local = en.startsWith("Tianjin ") ? en.substring("Tianjin ".length()) : null;
            for (String form : local != null && local.contains(" ") ? List.of(en, local) : List.of(en)) {
                out.add(form);
                if (form.matches(".*[a-z]s")) {
                    out.add(form.substring(0, form.length() - 1));
                } else if (form.matches(".*[a-z]")) {
                    out.add(form + "s");
                }
            }
        }
        return out;
    }

    /**
     * The names in {@code normalized} (already {@link Normalizer#normalize normalised}), left to right, each the
     * longest that starts where it starts; Latin names only on word boundaries.
     */
    List<Mention> mentions(String normalized) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < normalized.length()) {
            Mention m = longestAt(normalized, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.end();
            }
        }
        return found;
    }

    private Mention longestAt(String text, int start) {
        if (start > 0 && Normalizer.isWordChar(text.charAt(start)) && Normalizer.isWordChar(text.charAt(start - 1))) {
            return null;
        }
        for (int end = Math.min(text.length(), start + longest); end > start; end--) {
            List<Sense> senses = bySurface.get(text.substring(start, end));
            if (senses == null) {
                continue;
            }
            if (end < text.length() && Normalizer.isWordChar(text.charAt(end)) && Normalizer.isWordChar(text.charAt(end - 1))) {
                continue;
            }
            return new Mention(start, end, text.substring(start, end), senses);
        }
        return null;
    }

    Entry entry(String id) {
        return byId.get(id);
    }

    Collection<Entry> entries() {
        return byId.values();
    }

    /** The entities a whole name (normalised) stands for; empty when none. */
    List<Entry> named(String surface) {
        return bySurface.getOrDefault(Normalizer.normalize(surface), List.of()).stream().map(Sense::entry).toList();
    }
}
