// nodes
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN n {
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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)-[r1:HAS_TARGET]->(c1:Target) WHERE n:Sector | {
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
  }],
  _p1: [(n)-[r1:HAS_TARGET]->(c1:Target) WHERE n:Subsector | {
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

