// Bureau workload: tasks led (listed first) and co-owned (listed later), busiest first; the placeholders are not bureaus and are left out.
// params: {}
MATCH (b:Bureau {placeholder: false})-[r:RESPONSIBLE_FOR]->()
RETURN b.name AS bureau, b.category AS category,
       count(CASE WHEN r.lead THEN 1 END) AS led, count(CASE WHEN NOT r.lead THEN 1 END) AS coOwned, count(r) AS total
ORDER BY total DESC, led DESC, bureau
