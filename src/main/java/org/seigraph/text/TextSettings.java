package org.seigraph.text;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How free text is understood ({@code seigraph.text.*}); docs/text-understanding.md.
 *
 * @param segmentation  cut Chinese text into words (jieba with the graph's names as user dictionary); off = runs of
 *                      Chinese characters and Latin words, as plain full-text search sees them
 * @param synonyms      expand terms through the curated synonyms ({@code synonymsFile})
 * @param vectors       semantic similarity through the embedding model and the vector index
 * @param synonymsFile  the curated synonyms (a Spring resource location)
 * @param minSimilarity cosine similarity from which a vector neighbour counts as a match
 * @param nearSimilarity cosine similarity from which a vector neighbour is shown as a near match
 * @param maxOwners     entities remembered per embedded text (a text shared by more, e.g. a topic name in every city
 *                      of a synthetic corpus, answers for the first of them; full text finds the rest)
 * @param maxTexts      most distinct texts embedded for one graph (beyond it, the rest are left without vectors)
 * @param modelThreads  ONNX Runtime intra-op threads per embedding ({@link BgeModel}); 0 = its default, one spinning
 *                      thread per core (measured slower with concurrent requests: bench/README.md, "Needs never seen before")
 * @param recentVectors texts whose vectors are kept after they were embedded for a request ({@link RecentVectors}), so
 *                      a text asked again is not run through the model again; 0 = none kept, every request runs the model
 */
@ConfigurationProperties("seigraph.text")
public record TextSettings(Boolean segmentation, Boolean synonyms, Boolean vectors, String synonymsFile,
                           Double minSimilarity, Double nearSimilarity, Integer maxOwners, Integer maxTexts,
                           Integer modelThreads, Integer recentVectors) {

    public TextSettings {
        segmentation = segmentation == null || segmentation;
        synonyms = synonyms == null || synonyms;
        vectors = vectors == null || vectors;
        synonymsFile = synonymsFile == null ? "classpath:import/curated/synonyms.csv" : synonymsFile;
        minSimilarity = minSimilarity == null ? 0.72 : minSimilarity;
        nearSimilarity = nearSimilarity == null ? 0.5 : nearSimilarity;
        maxOwners = maxOwners == null ? 100 : maxOwners;
        maxTexts = maxTexts == null ? 20_000 : maxTexts;
        modelThreads = modelThreads == null ? 1 : modelThreads;
        recentVectors = recentVectors == null ? 2048 : recentVectors;
    }

    /** The configured stages. */
    public Stages stages() {
        return new Stages(segmentation, synonyms, vectors);
    }
}
