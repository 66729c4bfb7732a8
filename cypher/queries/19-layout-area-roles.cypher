// Layout area roles: what 五(一) makes of each area (the zone it builds, or the kind of industry it develops) and the industries it focuses on.
// params: {}
MATCH (:Measure {path: '五(一)'})-[r:ASSIGNS_ROLE]->(a:Area)
OPTIONAL MATCH (a)-[f:FOCUSES_ON]->(i:Industry)
WITH r, a, f, i ORDER BY r.rank, f.rank
WITH r.rank AS rank, a.name AS area, r.verb AS verb, r.role AS role, collect(i.name) AS focus
RETURN area, verb, role, focus
ORDER BY rank
