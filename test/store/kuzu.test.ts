import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { KuzuBackend } from "../../store/kuzu.ts";
import { conformance } from "./conformance.ts";

const root = mkdtempSync(join(tmpdir(), "diplograph-kuzu-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const outside = join(root, "outside");

conformance("KuzuStore", {
  open: () => KuzuBackend.open(join(root, `db${n++}`)),
  dialectWrites: [
    "CALL CREATE_FTS_INDEX('Person', 'names', ['name'])",
    `COPY Person FROM '${outside}.csv'`,
    `COPY (MATCH (n:Person) RETURN n.id) TO '${outside}.csv'`,
    `EXPORT DATABASE '${outside}'`,
    `LOAD FROM '${outside}.csv' RETURN *`,
    `ATTACH '${outside}' AS other (dbtype kuzu)`,
    "CREATE NODE TABLE Ship(id STRING PRIMARY KEY)",
    "DROP TABLE SAID",
    "COMMIT",
    "CALL timeout=100000",
  ],
});
