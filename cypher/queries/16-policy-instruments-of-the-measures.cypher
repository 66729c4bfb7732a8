// Policy instruments of the measures: each measure with the policies, funds, tax incentives, reforms and pilots it puts to work, in the order stated.
// params: {"category": null}
MATCH (m:Measure)-[u:USES_INSTRUMENT]->(i:Instrument)
WHERE $category IS NULL OR i.category = $category
RETURN m.path AS measure, m.title AS title, i.name AS instrument, i.category AS category, u.verb AS verb
ORDER BY m.start, u.end, u.rank
