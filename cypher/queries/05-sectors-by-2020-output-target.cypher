// Sectors by the size of their 2020 output target, in 亿元 (valueNormalized), with every qualifier as written (达到/超过/左右/超).
// params: {}
MATCH (s:Sector)-[:HAS_TARGET]->(t:Target {targetKind: 'output'})
RETURN s.name AS sector, t.asWritten AS asWritten, t.qualifiers AS qualifiers, t.approx AS approx,
       t.valueNormalized AS yi, t.year AS year, t.yearSource AS yearSource
ORDER BY yi DESC
