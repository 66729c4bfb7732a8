// Parks per layout area of 五(一), through the district each park lies in (curated locations).
// params: {}
MATCH (a:Area)
OPTIONAL MATCH (p:Park)-[:LOCATED_IN]->(d:District)<-[:INCLUDES]-(a)
WITH a, collect(DISTINCT p.name) AS parks
RETURN a.name AS area, size(parks) AS count, parks
ORDER BY count DESC, area
