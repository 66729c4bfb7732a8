// What relies on a technology: the sub-sectors and measures that develop it, and their sectors.
// params: {"technology": "technology:石墨烯"}
MATCH (t:Technology {id: $technology})<-[d:DEVELOPS]-(s)
OPTIONAL MATCH (sector:Sector)-[:HAS_SUBSECTOR]->(s)
RETURN s.name AS developedBy, d.verb AS verb, sector.name AS sector
ORDER BY s.start
