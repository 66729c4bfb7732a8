// What a sub-sector develops, applies or explores (mode), in the text's order, with the verb that governs each item.
// params: {"subsector": "subsector:新材料"}
MATCH (:Subsector {id: $subsector})-[d:DEVELOPS]->(t:Technology)
RETURN d.verb AS verb, d.mode AS mode, d.rank AS rank, t.name AS technology, t.category AS category
ORDER BY d.start, d.rank
