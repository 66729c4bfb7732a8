package org.seigraph.graph;

/** Published after a graph bundle has been loaded, so caches of graph content can start afresh. */
public record GraphLoadedEvent(String bundleHash) {
}
