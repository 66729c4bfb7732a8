// node
UNWIND $batch.ids AS id MATCH (n:Entity {
  id: id
})
RETURN n {
  .id,
  .name,
  .nameEn,
  .aliases,
  .doc,
  .section,
  .start,
  .end,
  .source,
  kind: [l IN labels(n) WHERE l <> 'Entity'][0],
  _p0: [(n)<-[r1:HAS_SUBSECTOR]-(c1:Sector) | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0],
      _p0: [(c1)-[r2:HAS_SUBSECTOR]->(c2:Subsector) | {
        k: [r2.end, r2.rank, c2.id],
        v: c2 {
          .id,
          .name,
          .nameEn,
          .aliases,
          .doc,
          .section,
          .start,
          .end,
          .source,
          kind: [l IN labels(c2) WHERE l <> 'Entity'][0],
          _p0: [(c2)-[r3:DEVELOPS]->(c3:Technology) | {
            k: [r3.end, r3.rank, c3.id],
            v: c3 {
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
              kind: [l IN labels(c3) WHERE l <> 'Entity'][0],
              _p0: [(c3)<-[r4:DEVELOPS]-(c4:Entity) | {
                k: [r4.end, r4.rank, c4.id],
                v: c4 {
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
                  kind: [l IN labels(c4) WHERE l <> 'Entity'][0]
                }
              }]
            }
          }]
        }
      }]
    }
  }],
  _p1: [(n)<-[r1:RESPONSIBLE_FOR]-(c1:Bureau) | {
    k: [r1.rank, c1.id],
    v: {
      edge: properties(r1),
      bureau: c1 {
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
        kind: [l IN labels(c1) WHERE l <> 'Entity'][0],
        _p0: [(c1)-[r2:RESPONSIBLE_FOR]->(c2:Entity) | {
          k: [r2.doc, r2.start, r2.rank, c2.id],
          v: {
            edge: properties(r2),
            subject: c2 {
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
              kind: [l IN labels(c2) WHERE l <> 'Entity'][0]
            }
          }
        }]
      }
    }
  }],
  _p2: ([(n)-[r1:BUILDS]->(c1:Park) | {
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0],
      _p0: [(c1)-[r2:LOCATED_IN]->(c2:Entity) | {
        k: [r2.end, r2.rank, c2.id],
        v: c2 {
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
          kind: [l IN labels(c2) WHERE l <> 'Entity'][0]
        }
      }]
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
      kind: [l IN labels(c1) WHERE l <> 'Entity'][0],
      _p0: [(c1)-[r2:LOCATED_IN]->(c2:Entity) | {
        k: [r2.end, r2.rank, c2.id],
        v: c2 {
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
          kind: [l IN labels(c2) WHERE l <> 'Entity'][0]
        }
      }]
    }
  }]),
  _p3: [(n)-[r1:HAS_TARGET]->(c1:Target) | {
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

