package org.seigraph.text;

/**
 * Which stages of the retrieval pipeline run: full text always; word segmentation, curated synonyms and vector
 * similarity each switchable (configuration, or per call for the ablation of docs/text-understanding.md).
 */
public record Stages(boolean segmentation, boolean synonyms, boolean vectors) {

    public static final Stages FULL_TEXT_ONLY = new Stages(false, false, false);
    public static final Stages SEGMENTATION = new Stages(true, false, false);
    public static final Stages SYNONYMS = new Stages(true, true, false);
    public static final Stages ALL = new Stages(true, true, true);

    public String label() {
        return vectors ? "+ vectors" : synonyms ? "+ synonyms" : segmentation ? "+ segmentation" : "full text only";
    }
}
