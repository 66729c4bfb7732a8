// bureaus: after the MATCH … WITH n ORDER BY … of lookup.ListQueries.bureaus
RETURN n {
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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)-[r1:PARTICIPATES_IN]->(c1:Measure) | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p1: [(n)-[r1:RESPONSIBLE_FOR]->(c1:Entity) | {
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
        kind: [l IN labels(c1) WHERE l <> 'Entity'][0],
        _p0: [(c1)<-[r2:HAS_SUBSECTOR]-(c2:Sector) WHERE c1:Subsector | {
          k: [r2.end, r2.rank, c2.id],
          v: c2 {
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
            kind: [l IN labels(c2) WHERE l <> 'Entity'][0]
          }
        }]
      }
    }
  }],
  _p2: [(n)-[r1:RESPONSIBLE_FOR]->(c1:Entity) | {
    k: [r1.doc, r1.start, r1.rank, c1.id],
    v: {
      edge: properties(r1),
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
        kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
      }
    }
  }]
} AS n

