// parks: after the MATCH … WITH n ORDER BY … of lookup.ListQueries.parks
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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)-[r1:LOCATED_IN]->(c1:Entity) | {
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
      .metric,
      .value,
      .unit,
      .qualifier,
      .approx,
      .year,
      .asWritten,
      .targetKind,
      .doc,
      .section,
      .start,
      .end,
      .source,
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0],
      _p0: [(c1)<-[r2:LOCATED_IN]-(c2:Park) WHERE c1:District | {
        k: [r2.end, r2.rank, c2.id],
        v: c2 {
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
          kind: [l IN labels(c2) WHERE l <> 'Entity'][0]
        }
      }]
    }
  }],
  _p1: [(n)<-[r1:BUILDS]-(c1:Entity) | {
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
      .metric,
      .value,
      .unit,
      .qualifier,
      .approx,
      .year,
      .asWritten,
      .targetKind,
      .doc,
      .section,
      .start,
      .end,
      .source,
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }]
} AS n

