// Who leads what: each sub-sector and measure with the bureau listed first in its responsibility list (a named bureau; a placeholder never leads).
// params: {}
MATCH (b:Bureau)-[r:RESPONSIBLE_FOR {lead: true}]->(s:Entity)
RETURN s.section AS section, s.name AS subject, [l IN labels(s) WHERE l <> 'Entity'][0] AS kind, b.name AS lead, r.listSize AS listSize
ORDER BY s.start, s.id
