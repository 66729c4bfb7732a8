// The regional layout of 五(一): each area's focus industries in the order written.
// params: {}
MATCH (a:Area)-[f:FOCUSES_ON]->(i:Industry)
WITH a, f, i ORDER BY a.start, f.rank
WITH a.start AS start, a.name AS area, collect(i.name) AS industries
RETURN area, industries
ORDER BY start
