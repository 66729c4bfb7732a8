// Stats: text-derived facts (nodes and relationships without a curated source) that carry doc, section and offsets; must be 100%.
// params: {}
CALL {
  MATCH (n:Entity) RETURN n.source IS NULL AS fromText,
    (n.doc IS NOT NULL AND n.section IS NOT NULL AND n.start IS NOT NULL AND n.end IS NOT NULL) AS withEvidence
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) RETURN r.source IS NULL AS fromText,
    (r.doc IS NOT NULL AND r.section IS NOT NULL AND r.start IS NOT NULL AND r.end IS NOT NULL) AS withEvidence
}
WITH fromText, withEvidence
RETURN count(CASE WHEN fromText THEN 1 END) AS textFacts,
       count(CASE WHEN fromText AND withEvidence THEN 1 END) AS withOffsets,
       count(CASE WHEN NOT fromText THEN 1 END) AS curatedFacts,
       round(100.0 * count(CASE WHEN fromText AND withEvidence THEN 1 END) / count(CASE WHEN fromText THEN 1 END), 2) AS percentWithOffsets
