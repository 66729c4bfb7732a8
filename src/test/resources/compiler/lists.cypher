// sectors: after the MATCH … WITH n ORDER BY … of lookup.ListQueries.sectors
RETURN n {
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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)-[r1:HAS_SUBSECTOR]->(c1:Subsector) | {
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
  }],
  _p1: [(n)-[r1:IN_DOMAIN]->(c1:Domain) | {
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
  }]
} AS n

// measures: after the MATCH … WITH n ORDER BY … of lookup.ListQueries.measures
RETURN n {
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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)<-[r1:RESPONSIBLE_FOR]-(c1:Bureau) | {
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
      }
    }
  }],
  _p1: [(n)<-[r1:PARTICIPATES_IN]-(c1:Bureau) | {
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
  }]
} AS n

// targets: after the MATCH … WITH n ORDER BY … of lookup.ListQueries.targets
RETURN n {
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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)<-[r1:HAS_TARGET]-(c1:Entity) | {
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
  }]
} AS n

// technologies: after the MATCH … WITH n ORDER BY … of lookup.ListQueries.technologies
RETURN n {
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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)<-[r1:DEVELOPS]-(c1:Entity) | {
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
  }],
  _p1: [(n)-[r1:EXAMPLE_OF]->(c1:Target) | {
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
  }]
} AS n

