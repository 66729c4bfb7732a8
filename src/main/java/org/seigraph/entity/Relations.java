package org.seigraph.entity;

import static org.seigraph.entity.Relation.Dir.IN;
import static org.seigraph.entity.Relation.Dir.OUT;
import static org.seigraph.entity.Relation.many;
import static org.seigraph.entity.Relation.one;
import static org.seigraph.entity.Relation.union;

import java.util.List;

import org.seigraph.entity.Relation.Step;

/**
 * Every relationship field of the GraphQL schema (lookup.graphqls), in one table. Each is served by a
 * batch loader, so a request costs one Cypher round trip per field and nesting level, however many
 * entities it touches. Lists come in the text's order (edge rank), then by id.
 */
final class Relations {

    static final List<Relation> ALL = List.of(
            many("Document", "sections", "HAS_SECTION", OUT),
            many("Document", "implements", "IMPLEMENTS", OUT),
            many("Document", "basedOn", "BASED_ON", OUT),
            many("Document", "alignsWith", "ALIGNS_WITH", OUT),
            many("Document", "targets", "HAS_TARGET", OUT),
            one("Section", "parent", "HAS_SECTION", IN, null),
            many("Section", "subsections", "HAS_SECTION", OUT),
            many("Section", "mentions", "MENTIONS", OUT),
            many("Section", "targets", "HAS_TARGET", OUT),
            many("Section", "fields", "COVERS", OUT),
            many("Section", "projects", "HAS_PROJECT", OUT),
            many("Section", "leverages", "LEVERAGES", OUT),
            many("Domain", "sectors", "IN_DOMAIN", IN),
            many("Domain", "listedBy", "COVERS", IN),
            many("Sector", "domains", "IN_DOMAIN", OUT),
            many("Sector", "subsectors", "HAS_SUBSECTOR", OUT),
            many("Sector", "targets", "HAS_TARGET", OUT),
            many("Sector", "listedBy", "COVERS", IN),
            many("Sector", "appliedBy", "APPLIES_IN", IN),
            one("Subsector", "sector", "HAS_SUBSECTOR", IN, "Sector"),
            many("Subsector", "technologies", "DEVELOPS", OUT),
            many("Subsector", "projects", "HAS_PROJECT", OUT),
            union("Subsector", "parks", new Step("BUILDS", OUT, "Park"), new Step("HOSTS", IN, "Park")),
            many("Subsector", "platforms", "BUILDS", OUT, "Platform"),
            many("Subsector", "targets", "HAS_TARGET", OUT),
            many("Subsector", "industries", "MAPS_TO", IN),
            many("Subsector", "appliedIn", "APPLIES_IN", OUT),
            many("Technology", "developedBy", "DEVELOPS", IN),
            many("Technology", "exampleOf", "EXAMPLE_OF", OUT),
            many("Technology", "appliedIn", "APPLIES_IN", OUT),
            many("Project", "owners", "HAS_PROJECT", IN),
            many("Project", "countedIn", "EXAMPLE_OF", OUT),
            many("Park", "builtBy", "BUILDS", IN),
            many("Park", "hosts", "HOSTS", OUT),
            many("Park", "locatedIn", "LOCATED_IN", OUT),
            many("Park", "cooperationSystems", "MEMBER_OF", OUT),
            many("Park", "leveragedBy", "LEVERAGES", IN),
            many("Platform", "builtBy", "BUILDS", IN),
            many("Platform", "fields", "COVERS", OUT),
            many("Area", "districts", "INCLUDES", OUT),
            many("Area", "industries", "FOCUSES_ON", OUT),
            many("Area", "assignedBy", "ASSIGNS_ROLE", IN),
            many("District", "areas", "INCLUDES", IN),
            many("District", "parks", "LOCATED_IN", IN),
            many("Industry", "subsectors", "MAPS_TO", OUT),
            many("Industry", "areas", "FOCUSES_ON", IN),
            many("Industry", "parks", "HOSTS", IN),
            many("Industry", "listedBy", "COVERS", IN),
            many("Industry", "appliedBy", "APPLIES_IN", IN),
            many("Bureau", "participatesIn", "PARTICIPATES_IN", OUT),
            many("Measure", "participants", "PARTICIPATES_IN", IN),
            many("Measure", "technologies", "DEVELOPS", OUT),
            many("Measure", "projects", "HAS_PROJECT", OUT),
            many("Measure", "builds", "BUILDS", OUT),
            many("Measure", "targets", "HAS_TARGET", OUT),
            many("Measure", "instruments", "USES_INSTRUMENT", OUT),
            many("Measure", "fields", "COVERS", OUT),
            many("Measure", "leverages", "LEVERAGES", OUT),
            many("Measure", "areas", "ASSIGNS_ROLE", OUT),
            one("Target", "owner", "HAS_TARGET", IN, null),
            many("Target", "examples", "EXAMPLE_OF", IN, "Technology"),
            many("Target", "projects", "EXAMPLE_OF", IN, "Project"),
            many("Strategy", "supportedBy", "SUPPORTS", IN),
            many("CooperationSystem", "members", "MEMBER_OF", IN),
            many("Instrument", "usedBy", "USES_INSTRUMENT", IN),
            many("Field", "listedBy", "COVERS", IN),
            many("Field", "appliedBy", "APPLIES_IN", IN));

    /**
     * Types whose {@code bureaus} field lists the RESPONSIBLE_FOR edges pointing at them, in rank order (the
     * subject side of Responsibility); {@code Bureau.responsibilities} is the bureau side.
     */
    static final List<String> SUBJECTS_WITH_BUREAUS = List.of("Subsector", "Measure");

    private Relations() {
    }
}
