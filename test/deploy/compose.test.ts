// docker-compose.yml cannot be started here (no Docker engine), so it is checked by parsing:
// the services, ports, health check and the env that wires the app to Neo4j.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}
const compose = parse(readFileSync("docker-compose.yml", "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { neo4j, app } = compose.services;

describe("docker-compose.yml", () => {
  it("runs Neo4j 5 community with auth from the environment, a volume and a health check", () => {
    expect(neo4j?.image).toMatch(/^neo4j:5(\.\d+)*-community$/);
    expect(neo4j?.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j?.ports).toContain("127.0.0.1:7687:7687");
    const volume = neo4j?.volumes?.[0]?.split(":")[0];
    expect(volume && volume in compose.volumes).toBe(true);
    expect(neo4j?.healthcheck?.test.join(" ")).toContain("cypher-shell");
  });

  it("wires the app to Neo4j through the variables store/open.ts reads", () => {
    expect(app?.build).toBe(".");
    expect(existsSync("Dockerfile")).toBe(true);
    expect(app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app?.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
    for (const name of ["NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "DIPLOGRAPH_TOKEN"]) {
      expect(app?.environment, name).toHaveProperty(name);
    }
    expect(app?.ports).toContain(`127.0.0.1:8080:${app?.environment?.PORT}`);
  });

  it("the app's password is the one Neo4j is started with", () => {
    const neo4jPassword = neo4j?.environment?.NEO4J_AUTH?.replace(/^neo4j\//, "");
    expect(app?.environment?.NEO4J_PASSWORD).toBe(neo4jPassword);
  });

  const composeBin = ["/usr/bin/docker-compose"].find(existsSync);
  it.skipIf(!composeBin)("passes docker-compose's own schema check", () => {
    execFileSync(composeBin as string, ["config", "-q"], { env: { ...process.env, DIPLOGRAPH_TOKEN: "t" } });
  });
});
