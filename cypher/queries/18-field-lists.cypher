// Field lists: the ordered lists of industries and fields a goal or measure names (二(一) industry chains, 五(三) cluster fields, 六(二) cooperation fields, 七(七) …).
// params: {}
MATCH (o:Entity)-[c:COVERS]->(f:Entity)
WHERE o:Section OR o:Measure
RETURN o.path AS owner, c.role AS list, c.rank AS rank, f.name AS member, [l IN labels(f) WHERE l <> 'Entity'][0] AS kind
ORDER BY o.start, c.rank
