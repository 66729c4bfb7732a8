// Named projects, programmes, actions and campaigns grouped by category, with who carries them.
// params: {}
MATCH (p:Project)
OPTIONAL MATCH (owner)-[:HAS_PROJECT]->(p)
WITH p, collect(owner.name) AS owners ORDER BY p.start
RETURN p.category AS category, count(p) AS projects, collect(p.name + CASE WHEN size(owners) > 0 THEN ' (' + owners[0] + ')' ELSE '' END) AS names
ORDER BY projects DESC, category
