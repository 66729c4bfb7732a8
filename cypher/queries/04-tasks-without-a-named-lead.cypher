// Tasks without a named lead: lists whose first entry is a generic body (市有关部门 / 有关区人民政府).
// params: {}
MATCH (b:Bureau {category: 'generic'})-[r:RESPONSIBLE_FOR {rank: 1}]->(s:Entity)
RETURN s.section AS section, s.name AS subject, b.name AS firstListed, r.listSize AS listSize
ORDER BY s.start
