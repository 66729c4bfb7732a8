package org.seigraph.graph;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The labels and relationship types of the graph model (docs/graph-model.md). */
public final class GraphModel {

    /** Every entity carries this label beside its own, so lookups by id and full-text search span all kinds. */
    public static final String ENTITY = "Entity";

    public enum Label {
        Document, Section, Domain, Sector, Subsector, Technology, Project, Park, Platform, Area, District,
        Industry, Bureau, Measure, Target, Strategy, CooperationSystem, Instrument, Field;

        /** Id prefix: lower-cased label, e.g. {@code subsector:海洋工程装备}. */
        public String idPrefix() {
            return name().toLowerCase() + ":";
        }
    }

    public enum RelType {
        HAS_SECTION, IN_DOMAIN, HAS_SUBSECTOR, DEVELOPS, HAS_PROJECT, BUILDS, HOSTS, RESPONSIBLE_FOR,
        PARTICIPATES_IN, HAS_TARGET, EXAMPLE_OF, FOCUSES_ON, MAPS_TO, INCLUDES, LOCATED_IN, MEMBER_OF,
        SUPPORTS, IMPLEMENTS, BASED_ON, ALIGNS_WITH, MENTIONS, USES_INSTRUMENT, APPLIES_IN, COVERS, LEVERAGES,
        ASSIGNS_ROLE
    }

    public static final Set<String> LABEL_NAMES =
            Arrays.stream(Label.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    public static Optional<Label> label(String name) {
        return Arrays.stream(Label.values()).filter(l -> l.name().equals(name)).findFirst();
    }

    public static Optional<RelType> relType(String name) {
        return Arrays.stream(RelType.values()).filter(t -> t.name().equals(name)).findFirst();
    }

    private GraphModel() {
    }
}
