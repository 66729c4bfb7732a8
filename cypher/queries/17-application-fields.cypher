// Application fields: what the plan wants applied where (X在Y等领域的应用), in the order of each list, with the paragraph's subject.
// params: {}
MATCH (x:Entity)-[a:APPLIES_IN]->(f:Entity)
OPTIONAL MATCH (s:Subsector)-[d:DEVELOPS {mode: 'apply'}]->(x)
RETURN coalesce(s.name, x.name) AS subject, x.name AS applied, f.name AS field, [l IN labels(f) WHERE l <> 'Entity'][0] AS fieldKind, a.rank AS rank
ORDER BY a.start, x.name, a.rank
