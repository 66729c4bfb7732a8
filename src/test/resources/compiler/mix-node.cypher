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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0]
} AS n

