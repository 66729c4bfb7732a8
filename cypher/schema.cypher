// SEI Graph schema: uniqueness of `id` for every label of the graph model, lookup indexes,
// and the CJK full-text index over names. Idempotent (IF NOT EXISTS); runs as-is in cypher-shell:
//   cypher-shell -a bolt://127.0.0.1:7687 -f cypher/schema.cypher
// Every node also carries the label Entity, so a lookup by id alone uses an index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (n:Domain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT subsector_id IF NOT EXISTS FOR (n:Subsector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT technology_id IF NOT EXISTS FOR (n:Technology) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT bureau_id IF NOT EXISTS FOR (n:Bureau) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cooperationsystem_id IF NOT EXISTS FOR (n:CooperationSystem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT field_id IF NOT EXISTS FOR (n:Field) REQUIRE n.id IS UNIQUE;
// Bookkeeping: which bundle the store holds.
CREATE CONSTRAINT graphmeta_key IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.key IS UNIQUE;
// Relationship ids are stable across loads; edges are looked up and merged by them.
CREATE INDEX rel_responsible_id IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.id);
// Names in Chinese (cjk bigrams find 石墨烯 inside 研发石墨烯、碳材料), aliases and English names.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.nameEn]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
// Curation: change requests (kept beside the graph, never Entity), by id, status and time of approval.
CREATE CONSTRAINT changerequest_id IF NOT EXISTS FOR (n:ChangeRequest) REQUIRE n.id IS UNIQUE;
CREATE INDEX changerequest_status IF NOT EXISTS FOR (n:ChangeRequest) ON (n.status);
CREATE INDEX changerequest_reviewed IF NOT EXISTS FOR (n:ChangeRequest) ON (n.reviewedAt);
// The one node every curation writer locks first (and the serial of applied changes).
CREATE CONSTRAINT curationlock_key IF NOT EXISTS FOR (n:CurationLock) REQUIRE n.key IS UNIQUE;
// Text vectors (text/TextVectors): one node per distinct text (content hash of model + text), the embedding of BGE small
// zh v1.5 (512 dimensions), cosine similarity. Not entities: loads, exports and counts of the graph ignore them.
CREATE CONSTRAINT textvector_hash IF NOT EXISTS FOR (v:TextVector) REQUIRE v.hash IS UNIQUE;
CREATE VECTOR INDEX text_vectors IF NOT EXISTS FOR (v:TextVector) ON v.embedding
  OPTIONS {indexConfig: {`vector.dimensions`: 512, `vector.similarity_function`: 'cosine'}};
