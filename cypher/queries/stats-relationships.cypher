// Stats: relationships per type, and how many of them are curated rather than from the text.
// params: {}
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS relationships, count(r.source) AS curated
ORDER BY type
