// Counted research goals per sector, summed over its sub-sectors; approximate where any is 左右.
// params: {}
MATCH (s:Sector)-[:HAS_SUBSECTOR]->(:Subsector)-[:HAS_TARGET]->(t:Target {targetKind: 'count', unit: '项'})
WITH s.rank AS rank, s.name AS sector, t.metric AS metric, sum(t.value) AS total, any(x IN collect(t.approx) WHERE x) AS approx
RETURN sector, metric, total, approx
ORDER BY rank, metric
