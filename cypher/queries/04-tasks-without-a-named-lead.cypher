// Tasks without a named lead: lists that name no bureau at all, only the placeholders (市有关部门 / 有关区人民政府).
// params: {}
MATCH (s:Entity)<-[r:RESPONSIBLE_FOR]-(:Bureau)
WITH s, collect(r) AS entries
WHERE all(r IN entries WHERE r.placeholder)
RETURN s.section AS section, s.name AS subject, size(entries) AS placeholders
ORDER BY s.start
