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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0]
} AS n

