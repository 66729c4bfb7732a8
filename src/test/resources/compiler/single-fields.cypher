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
  _p0: [(n)<-[r1:HAS_SUBSECTOR]-(c1:Sector) WHERE n:Subsector | {
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
  }],
  _p1: ([(n)-[r1:BUILDS]->(c1:Park) WHERE n:Subsector | {
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
  }] + [(n)<-[r1:HOSTS]-(c1:Park) WHERE n:Subsector | {
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
  }]),
  _p2: [(n)<-[r1:HAS_SECTION]-(c1:Section) WHERE n:Section | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0],
      _p0: [(c1)<-[r2:HAS_SECTION]-(c2:Section) | {
        k: [r2.end, r2.rank, c2.id],
        v: c2 {
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
          kind: [l IN labels(c2) WHERE l <> 'Entity'][0]
        }
      }]
    }
  }],
  _p3: [(n)-[r1:HAS_SECTION]->(c1:Section) WHERE n:Section | {
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
  }],
  _p4: [(n)<-[r1:HAS_TARGET]-(c1:Entity) WHERE n:Target | {
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

