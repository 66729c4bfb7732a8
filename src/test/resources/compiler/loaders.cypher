// Document.sections
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_SECTION]->(c1:Section) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .path,
    .title,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Document.implements
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:IMPLEMENTS]->(c1:Document) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Document.basedOn
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:BASED_ON]->(c1:Document) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Document.alignsWith
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:ALIGNS_WITH]->(c1:Document) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Document.targets
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_TARGET]->(c1:Target) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Section.parent
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:HAS_SECTION]-(c1:Section) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .path,
    .title,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Section.subsections
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_SECTION]->(c1:Section) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .path,
    .title,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Section.mentions
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:MENTIONS]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Section.targets
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_TARGET]->(c1:Target) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Section.fields
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:COVERS]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Section.projects
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_PROJECT]->(c1:Project) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Section.leverages
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:LEVERAGES]->(c1:Park) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Domain.sectors
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:IN_DOMAIN]-(c1:Sector) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .path,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Domain.listedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:COVERS]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Sector.domains
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:IN_DOMAIN]->(c1:Domain) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Sector.subsectors
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_SUBSECTOR]->(c1:Subsector) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Sector.targets
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_TARGET]->(c1:Target) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Sector.listedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:COVERS]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Sector.appliedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:APPLIES_IN]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Subsector.sector
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:HAS_SUBSECTOR]-(c1:Sector) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .path,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Subsector.technologies
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:DEVELOPS]->(c1:Technology) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Subsector.projects
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_PROJECT]->(c1:Project) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Subsector.parks
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, ([(n)-[r1:BUILDS]->(c1:Park) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] + [(n)<-[r1:HOSTS]-(c1:Park) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}]) AS v

// Subsector.platforms
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:BUILDS]->(c1:Platform) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Subsector.targets
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_TARGET]->(c1:Target) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Subsector.industries
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:MAPS_TO]-(c1:Industry) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Subsector.appliedIn
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:APPLIES_IN]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Subsector.bureaus
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:RESPONSIBLE_FOR]-(c1:Bureau) | {
  k: [r1.rank, c1.id],
  v: {
    edge: properties(r1),
    bureau: c1 {
      .id,
      .name,
      .nameEn,
      .aliases,
      .category,
      .placeholder,
      .doc,
      .section,
      .start,
      .end,
      .source,
      .derivation,
      .curation,
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    },
    subject: n {
      .id,
      .name,
      .nameEn,
      .aliases,
      .title,
      .number,
      .path,
      .category,
      .placeholder,
      .metric,
      .value,
      .unit,
      .qualifier,
      .qualifiers,
      .approx,
      .valueNormalized,
      .unitNormalized,
      .year,
      .yearSource,
      .asWritten,
      .targetKind,
      .doc,
      .section,
      .start,
      .end,
      .source,
      .derivation,
      .curation,
      kind: [l IN labels(n) WHERE l <> 'Entity'][0]
    }
  }
}] AS v

// Technology.developedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:DEVELOPS]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Technology.exampleOf
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:EXAMPLE_OF]->(c1:Target) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Technology.appliedIn
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:APPLIES_IN]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Project.owners
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:HAS_PROJECT]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Project.countedIn
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:EXAMPLE_OF]->(c1:Target) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Park.builtBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:BUILDS]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Park.hosts
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HOSTS]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Park.locatedIn
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:LOCATED_IN]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Park.cooperationSystems
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:MEMBER_OF]->(c1:CooperationSystem) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Park.leveragedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:LEVERAGES]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Platform.builtBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:BUILDS]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Platform.fields
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:COVERS]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Area.districts
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:INCLUDES]->(c1:District) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Area.industries
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:FOCUSES_ON]->(c1:Industry) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Area.assignedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:ASSIGNS_ROLE]-(c1:Measure) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .path,
    .title,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// District.areas
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:INCLUDES]-(c1:Area) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// District.parks
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:LOCATED_IN]-(c1:Park) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Industry.subsectors
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:MAPS_TO]->(c1:Subsector) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Industry.areas
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:FOCUSES_ON]-(c1:Area) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Industry.parks
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:HOSTS]-(c1:Park) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Industry.listedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:COVERS]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Industry.appliedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:APPLIES_IN]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Bureau.responsibilities
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:RESPONSIBLE_FOR]->(c1:Entity) | {
  k: [r1.doc, r1.start, r1.rank, c1.id],
  v: {
    edge: properties(r1),
    bureau: n {
      .id,
      .name,
      .nameEn,
      .aliases,
      .category,
      .placeholder,
      .doc,
      .section,
      .start,
      .end,
      .source,
      .derivation,
      .curation,
      kind: [l IN labels(n) WHERE l <> 'Entity'][0]
    },
    subject: c1 {
      .id,
      .name,
      .nameEn,
      .aliases,
      .title,
      .number,
      .path,
      .category,
      .placeholder,
      .metric,
      .value,
      .unit,
      .qualifier,
      .qualifiers,
      .approx,
      .valueNormalized,
      .unitNormalized,
      .year,
      .yearSource,
      .asWritten,
      .targetKind,
      .doc,
      .section,
      .start,
      .end,
      .source,
      .derivation,
      .curation,
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }
}] AS v

// Bureau.participatesIn
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:PARTICIPATES_IN]->(c1:Measure) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .path,
    .title,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.bureaus
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:RESPONSIBLE_FOR]-(c1:Bureau) | {
  k: [r1.rank, c1.id],
  v: {
    edge: properties(r1),
    bureau: c1 {
      .id,
      .name,
      .nameEn,
      .aliases,
      .category,
      .placeholder,
      .doc,
      .section,
      .start,
      .end,
      .source,
      .derivation,
      .curation,
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    },
    subject: n {
      .id,
      .name,
      .nameEn,
      .aliases,
      .title,
      .number,
      .path,
      .category,
      .placeholder,
      .metric,
      .value,
      .unit,
      .qualifier,
      .qualifiers,
      .approx,
      .valueNormalized,
      .unitNormalized,
      .year,
      .yearSource,
      .asWritten,
      .targetKind,
      .doc,
      .section,
      .start,
      .end,
      .source,
      .derivation,
      .curation,
      kind: [l IN labels(n) WHERE l <> 'Entity'][0]
    }
  }
}] AS v

// Measure.participants
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:PARTICIPATES_IN]-(c1:Bureau) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .placeholder,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.technologies
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:DEVELOPS]->(c1:Technology) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.projects
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_PROJECT]->(c1:Project) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.builds
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:BUILDS]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.targets
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:HAS_TARGET]->(c1:Target) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.instruments
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:USES_INSTRUMENT]->(c1:Instrument) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.fields
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:COVERS]->(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.leverages
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:LEVERAGES]->(c1:Park) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Measure.areas
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)-[r1:ASSIGNS_ROLE]->(c1:Area) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Target.owner
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:HAS_TARGET]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Target.examples
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:EXAMPLE_OF]-(c1:Technology) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Target.projects
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:EXAMPLE_OF]-(c1:Project) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .category,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Strategy.supportedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:SUPPORTS]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// CooperationSystem.members
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:MEMBER_OF]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Instrument.usedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:USES_INSTRUMENT]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Field.listedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:COVERS]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

// Field.appliedBy
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN id, [(n)<-[r1:APPLIES_IN]-(c1:Entity) | {
  k: [r1.end, r1.rank, c1.id],
  v: c1 {
    .id,
    .name,
    .nameEn,
    .aliases,
    .title,
    .number,
    .path,
    .category,
    .placeholder,
    .metric,
    .value,
    .unit,
    .qualifier,
    .qualifiers,
    .approx,
    .valueNormalized,
    .unitNormalized,
    .year,
    .yearSource,
    .asWritten,
    .targetKind,
    .doc,
    .section,
    .start,
    .end,
    .source,
    .derivation,
    .curation,
    kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
  }
}] AS v

