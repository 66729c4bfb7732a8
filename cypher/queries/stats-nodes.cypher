// Stats: nodes per label.
// params: {}
MATCH (n:Entity)
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
RETURN label, count(*) AS nodes
ORDER BY label
