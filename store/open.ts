// Picks the store from the environment: Neo4j when NEO4J_URI is set, else Kuzu in DATA_DIR (default data/db).
import type { Store } from "./store.ts";

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  if (env.NEO4J_URI) {
    const { openNeo4jStore } = await import("./neo4j.ts");
    return openNeo4jStore({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE,
    });
  }
  const { openKuzuStore } = await import("./kuzu.ts");
  const bufferPoolMb = Number(env.KUZU_BUFFER_POOL_MB) || undefined;
  return openKuzuStore(env.DATA_DIR ?? "data/db", { bufferPoolMb });
}
