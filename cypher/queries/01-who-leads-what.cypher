// Who leads what: each sub-sector and measure with the bureau listed first (rank 1) in its responsibility list.
// params: {}
MATCH (b:Bureau)-[r:RESPONSIBLE_FOR {rank: 1}]->(s:Entity)
RETURN s.section AS section, s.name AS subject, [l IN labels(s) WHERE l <> 'Entity'][0] AS kind, b.name AS lead, r.listSize AS listSize
ORDER BY s.start, s.id
