/*
 * Offline GraphiQL for SEI Graph: the WebJar's UMD bundle on React 18, talking to POST /graphql. Each user group
 * has its own example queries (its tabs) and its own saved tabs (a storage namespace per group); ?group= picks it.
 * The Documentation Explorer opens at start: it is built from introspection of this server, so it needs no network.
 */
(function () {
  'use strict';

  const EXAMPLES = {
    analyst: [
      { query: `# Who is responsible for marine engineering equipment, in the order the text lists them (1 = lead),
# with the sentence it comes from
query Responsibilities {
  node(id: "subsector:海洋工程装备") {
    name nameEn
    ... on Subsector {
      bureaus { rank lead bureau { name nameEn } sources { section text } }
    }
  }
}` },
      { query: `# What 海洋工程装备 depends on (technologies, parks, bureaus), two steps up
query Upstream {
  dependencies(id: "subsector:海洋工程装备", direction: UPSTREAM, depth: 2) {
    nodes { id kind name depth }
    edges { source target type }
  }
}` },
      { query: `# Full-text search over Chinese and English names
query Search {
  search(text: "石墨烯", first: 5) { score matchedBy entity { id kind name nameEn } }
}` }
    ],
    frontend: [
      { query: `# A neighbourhood as nodes and edges, ready for a graph library (also GET /api/export?format=…)
query Neighbourhood {
  subgraph(ids: ["subsector:海洋工程装备"], hops: 1) {
    nodes { id kind name nameEn summary depth }
    edges { id source target type properties }
  }
}` },
      { query: `# The industry chain of a node, layered domain → sector → sub-sector → technologies → parks and bureaus
query Chain {
  chain(id: "technology:石墨烯") { nodes { id kind name depth } edges { source target type } }
  mapKinds { kind color shape size nameZh nameEn layer }
}` },
      { query: `# The geographic industry map: districts, their layout areas, parks placed inside them, bureaus
query IndustryMap {
  industryMap {
    placementRule
    districts {
      boundaryName
      district { id name nameEn }
      areas { name industries { name } }
      places { lon lat entity { id name } }
      bureaus { tasks leads bureau { name } }
    }
    unplaced { id name }
  }
}` }
    ],
    promotion: [
      { query: `# Which parks fit an enterprise, with the reasons and the sentences behind each
query ParkFit {
  parkFit(need: {text: "海洋油气装备", origin: "北京", limit: 5}) {
    rank score park { id name nameEn }
    reasons { kind weight summary curated sources { section text curated } }
  }
  parkFitResolution(need: {text: "海洋油气装备", origin: "北京", limit: 5}) {
    explanation needs { id kind name } textMatches { entity { name } used why }
  }
}` },
      { query: `# Parks of a district and the layout areas it belongs to
query District {
  node(id: "district:滨海新区") {
    name
    ... on District { parks { name nameEn } areas { name industries { name } } }
  }
}` }
    ]
  };

  const params = new URLSearchParams(location.search);
  const group = EXAMPLES[params.get('group')] ? params.get('group') : 'analyst';
  document.querySelectorAll('#groups a[data-group]').forEach(a => a.classList.toggle('active', a.dataset.group === group));

  // saved tabs are kept per group, so each group's link opens on its own examples the first time
  const prefix = 'seigraph:' + group + ':';
  const storage = {
    getItem: key => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: key => localStorage.removeItem(prefix + key),
    clear: () => Object.keys(localStorage).filter(k => k.startsWith(prefix)).forEach(k => localStorage.removeItem(k)),
    get length() { return Object.keys(localStorage).filter(k => k.startsWith(prefix)).length; }
  };

  // GraphiQL's own introspection query nests type references 7 deep (query depth 13), beyond this server's depth
  // limit of 12; this one nests them 5 deep (depth 11), enough for the schema's deepest type ([String!]! is 3)
  const INTROSPECTION = `query IntrospectionQuery {
    __schema {
      queryType { name } mutationType { name } subscriptionType { name }
      types { ...FullType }
      directives { name description locations args { ...InputValue } }
    }
  }
  fragment FullType on __Type {
    kind name description
    fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
    inputFields { ...InputValue }
    interfaces { ...TypeRef }
    enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
    possibleTypes { ...TypeRef }
  }
  fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
  fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }`;

  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: INTROSPECTION, operationName: 'IntrospectionQuery' }) })
    .then(r => r.json())
    .then(result => {
      if (result.errors) throw new Error(result.errors.map(e => e.message).join('; '));
      render(GraphiQL.GraphQL.buildClientSchema(result.data));
    })
    .catch(e => { document.getElementById('graphiql').textContent = 'Could not read the schema: ' + e.message; });

  function render(schema) {
  root.render(React.createElement(GraphiQL, {
    fetcher,
    schema,
    storage,
    defaultTabs: EXAMPLES[group],
    defaultEditorToolsVisibility: false,
    visiblePlugin: GraphiQL.React.DOC_EXPLORER_PLUGIN,
    shouldPersistHeaders: false
  }));
  }
  window.seiGraphiQL = { group };
})();
