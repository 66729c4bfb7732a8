// Sectors by the size of their 2020 output target, in 亿元 (with the qualifier as written: 达到/超过/左右/超).
// params: {}
MATCH (s:Sector)-[:HAS_TARGET]->(t:Target {targetKind: 'output'})
RETURN s.name AS sector, t.asWritten AS asWritten, t.qualifier AS qualifier, t.approx AS approx,
       CASE t.unit WHEN '万亿元' THEN t.value * 10000 ELSE t.value END AS yi
ORDER BY yi DESC
