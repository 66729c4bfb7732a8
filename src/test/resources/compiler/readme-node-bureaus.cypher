// node
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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)<-[r1:RESPONSIBLE_FOR]-(c1:Bureau) WHERE n:Subsector | {
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
  }]
} AS n

