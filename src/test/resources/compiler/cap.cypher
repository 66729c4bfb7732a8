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
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)-[r1:HAS_SECTION]->(c1:Section) WHERE n:Document | {
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
  _p1: [(n)-[r1:IMPLEMENTS]->(c1:Document) WHERE n:Document | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p2: [(n)-[r1:BASED_ON]->(c1:Document) WHERE n:Document | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p3: [(n)-[r1:ALIGNS_WITH]->(c1:Document) WHERE n:Document | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p4: [(n)-[r1:HAS_TARGET]->(c1:Target) WHERE n:Document | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p5: [(n)<-[r1:HAS_SUBSECTOR]-(c1:Sector) WHERE n:Subsector | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p6: [(n)-[r1:DEVELOPS]->(c1:Technology) WHERE n:Subsector | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p7: [(n)-[r1:HAS_PROJECT]->(c1:Project) WHERE n:Subsector | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p8: ([(n)-[r1:BUILDS]->(c1:Park) WHERE n:Subsector | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }]),
  _p9: [(n)-[r1:BUILDS]->(c1:Platform) WHERE n:Subsector | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p10: [(n)<-[r1:BUILDS]-(c1:Entity) WHERE n:Park | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }],
  _p11: [(n)-[r1:HOSTS]->(c1:Entity) WHERE n:Park | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0]
    }
  }]
} AS n

