// Bureau workload: tasks led (rank 1) and co-owned (rank > 1), busiest first.
// params: {}
MATCH (b:Bureau)-[r:RESPONSIBLE_FOR]->()
RETURN b.name AS bureau, b.category AS category,
       count(CASE WHEN r.lead THEN 1 END) AS led, count(CASE WHEN NOT r.lead THEN 1 END) AS coOwned, count(r) AS total
ORDER BY total DESC, led DESC, bureau
