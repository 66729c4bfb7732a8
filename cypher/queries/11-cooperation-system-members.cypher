// Members of a cooperation system, in the order the text names them, with their district where known.
// params: {"system": "cooperationsystem:“1＋16”承接体系"}
MATCH (p:Park)-[m:MEMBER_OF]->(:CooperationSystem {id: $system})
OPTIONAL MATCH (p)-[:LOCATED_IN]->(d:District)
RETURN m.rank AS rank, p.name AS park, d.name AS district
ORDER BY m.rank
