// Parks and the sub-sectors or measures that build or host them, with the section saying so.
// params: {}
MATCH (p:Park)
OPTIONAL MATCH (s)-[b:BUILDS]->(p)
OPTIONAL MATCH (p)-[h:HOSTS]->(x)
WITH p, collect(DISTINCT s.name) AS builtBy, collect(DISTINCT x.name) AS hosts ORDER BY p.start
RETURN p.name AS park, p.category AS category, builtBy, hosts
