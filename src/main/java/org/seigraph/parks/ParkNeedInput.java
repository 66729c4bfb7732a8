package org.seigraph.parks;

import java.util.List;

/**
 * What an enterprise needs (GraphQL {@code ParkNeedInput}, docs/park-fit.md): free text in Chinese or English,
 * and/or explicit industry (Industry, Subsector or Sector) and technology ids, where it comes from, and
 * how many parks to return.
 */
public record ParkNeedInput(String text, List<String> industries, List<String> technologies, String origin,
                            Integer limit) {
}
