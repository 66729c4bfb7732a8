// The evidence behind one responsibility: section, offsets and the exact text span.
// params: {"bureau": "bureau:市海洋局", "subject": "subsector:海洋工程装备"}
MATCH (b:Bureau {id: $bureau})-[r:RESPONSIBLE_FOR]->(s:Entity {id: $subject})
MATCH (d:Document {id: r.doc})
RETURN r.section AS section, r.rank AS rank, r.start AS start, r.end AS end, substring(d.text, r.start, r.end - r.start) AS evidence
