// All tasks of one bureau, with its rank in each list and whether it leads.
// params: {"bureau": "bureau:市海洋局"}
MATCH (b:Bureau {id: $bureau})-[r:RESPONSIBLE_FOR]->(s:Entity)
RETURN s.section AS section, s.name AS subject, r.rank AS rank, r.lead AS lead, r.listSize AS listSize
ORDER BY s.start, s.id
