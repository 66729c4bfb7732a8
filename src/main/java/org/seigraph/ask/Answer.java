package org.seigraph.ask;

import java.util.List;
import java.util.Map;

/**
 * What {@code ask} answers (GraphQL type {@code Answer}, and the JSON of {@code /api/ask}). When the question is
 * not understood, {@code understood} is false, {@code items} is empty and {@code suggestions} holds questions that
 * can be answered; nothing is guessed.
 */
public record Answer(String question, boolean understood, String language, String intent, String interpretation,
                     List<Linked> entities, List<Item> items, String text, List<Map<String, Object>> evidence,
                     Query query, List<String> suggestions, String explanation) {

    /** A name of the question and the entity it was linked to, with the slot it fills. */
    public record Linked(String text, String slot, Map<String, Object> entity, String how) {
    }

    /**
     * One element of the answer: an entity (a bureau, a park …), a value (a count, a target's number), or a path;
     * with what the text says about it (rank, lead, unit, qualifier, year).
     */
    public record Item(Map<String, Object> entity, Double value, String unit, String qualifier, Boolean approx,
                       Integer year, Integer rank, Boolean lead, String label, List<Map<String, Object>> path,
                       String note) {

        static Item of(Map<String, Object> entity) {
            return new Item(entity, null, null, null, null, null, null, null, null, null, null);
        }

        static Item value(double value, String unit, String label) {
            return new Item(null, value, unit, null, null, null, null, null, label, null, null);
        }

        Item withEntity(Map<String, Object> e) {
            return new Item(e, value, unit, qualifier, approx, year, rank, lead, label, path, note);
        }

        Item withPath(List<Map<String, Object>> p) {
            return new Item(entity, value, unit, qualifier, approx, year, rank, lead, label, p, note);
        }

        String id() {
            return entity == null ? null : (String) entity.get("id");
        }
    }

    /** The GraphQL request the answer equals, and how the answer is read from its {@code data}. */
    public record Query(String document, Map<String, Object> variables, String select) {
    }
}
