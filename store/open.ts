// Picks the store from the environment: Neo4j when NEO4J_URI is set, else Kuzu in the folder DATA_DIR
// (default data/db, laid out by store/data-dir.ts).
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
  const [{ openKuzuStore }, { DEFAULT_DATA_DIR, prepareDataDir }] = await Promise.all([
    import("./kuzu.ts"),
    import("./data-dir.ts"),
  ]);
  const { database } = await prepareDataDir(env.DATA_DIR || DEFAULT_DATA_DIR);
  const bufferPoolMb = Number(env.KUZU_BUFFER_POOL_MB) || undefined;
  return openKuzuStore(database, { bufferPoolMb });
}
