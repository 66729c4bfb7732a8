// The benchmark's peer: @neo4j/graphql 7 on Apollo Server 5 (standalone, Node's http server), over Bolt to
// the SAME Neo4j that SEI Graph embeds. Env: NEO4J_URI (bolt://127.0.0.1:7687), PORT (4000).
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
// the embedded server runs without auth on loopback; the driver still wants a token
const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused"), { maxConnectionPoolSize: 64 });
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: "127.0.0.1" },
  context: async () => ({ sessionConfig: { defaultAccessMode: "READ" } }),
});
console.log(`peer ready at ${url} (Neo4j ${uri})`);
const stop = async () => { await server.stop(); await driver.close(); process.exit(0); };
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
