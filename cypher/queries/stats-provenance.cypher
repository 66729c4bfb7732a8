// Stats: facts stated by the text (derivation text) that carry doc, section and offsets, which must be 100%; and how many facts a rule inferred or a person curated.
// params: {}
CALL {
  MATCH (n:Entity) RETURN coalesce(n.derivation, CASE WHEN n.source IS NULL THEN 'text' ELSE 'curated' END) AS derivation,
    (n.doc IS NOT NULL AND n.section IS NOT NULL AND n.start IS NOT NULL AND n.end IS NOT NULL) AS withEvidence
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) RETURN coalesce(r.derivation, CASE WHEN r.source IS NULL THEN 'text' ELSE 'curated' END) AS derivation,
    (r.doc IS NOT NULL AND r.section IS NOT NULL AND r.start IS NOT NULL AND r.end IS NOT NULL) AS withEvidence
}
WITH derivation = 'text' AS fromText, derivation, withEvidence
RETURN count(CASE WHEN fromText THEN 1 END) AS textFacts,
       count(CASE WHEN fromText AND withEvidence THEN 1 END) AS withOffsets,
       count(CASE WHEN derivation = 'inferred' THEN 1 END) AS inferredFacts,
       count(CASE WHEN derivation = 'curated' THEN 1 END) AS curatedFacts,
       round(100.0 * count(CASE WHEN fromText AND withEvidence THEN 1 END) / count(CASE WHEN fromText THEN 1 END), 2) AS percentWithOffsets
