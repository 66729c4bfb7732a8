// Co-responsibility network: pairs of named bureaus (placeholders left out) that share responsibility lists, and how many.
// params: {"minShared": 2}
MATCH (a:Bureau {placeholder: false})-[:RESPONSIBLE_FOR]->(s)<-[:RESPONSIBLE_FOR]-(b:Bureau {placeholder: false})
WHERE a.id < b.id
WITH a, b, count(DISTINCT s) AS shared
WHERE shared >= $minShared
RETURN a.name AS bureau, b.name AS coBureau, shared
ORDER BY shared DESC, bureau, coBureau
