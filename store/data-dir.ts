// DATA_DIR, the folder of the embedded store: its layout (storePaths) and what opening it checks
// and does first (prepareDataDir): create it with its parents, accept it empty, refuse what is not
// a store this Kuzu can read, and move a store file of the earlier layout into it.
//
// Layout: DATA_DIR/graph.kz (Kuzu's database file) and DATA_DIR/graph.kz.wal (its write-ahead log);
// bulk writes put their scratch copies beside them (store/kuzu.ts). Before this, DATA_DIR was the
// database file itself (default data/db, with data/db.wal beside it).
import { closeSync, openSync, readSync } from "node:fs";
import { mkdir, readdir, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import kuzu from "kuzu";
import { DataDirError, StoreLockedError } from "./store.ts";

export const DEFAULT_DATA_DIR = "data/db";
const DATABASE = "graph.kz";

export interface StorePaths {
  /** The folder (DATA_DIR). */
  dir: string;
  /** Kuzu's database file. */
  database: string;
  /** Its write-ahead log. */
  wal: string;
}

/** Where the store's files are inside `dataDir`; the one place that knows the layout. */
export function storePaths(dataDir: string): StorePaths {
  const database = join(dataDir, DATABASE);
  return { dir: dataDir, database, wal: `${database}.wal` };
}

const KUZU_MAGIC = "KUZU";
const STORAGE_VERSION = BigInt(kuzu.STORAGE_VERSION);

/** A Kuzu database file starts with "KUZU" and its storage version (uint64, little-endian). */
function readHeader(path: string): { kuzu: false } | { kuzu: true; version: bigint } {
  const header = Buffer.alloc(12);
  const fd = openSync(path, "r");
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    if (read < header.length || header.toString("latin1", 0, 4) !== KUZU_MAGIC) return { kuzu: false };
    return { kuzu: true, version: header.readBigUInt64LE(4) };
  } finally {
    closeSync(fd);
  }
}

function refuseOtherVersion(path: string, version: bigint, dataDir: string) {
  if (version === STORAGE_VERSION) return;
  throw new DataDirError(
    `${path} is a Kuzu store of storage version ${version}, written by another Kuzu than this diplograph's ` +
      `(kuzu ${kuzu.VERSION}, storage version ${STORAGE_VERSION}), which cannot read it. Either run the ` +
      `diplograph version that wrote it, or start a new store: move ${dataDir} aside (or set DATA_DIR to a new ` +
      "folder) and ingest your articles again (diplograph ingest DIR, or npm start for data/articles).",
  );
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

async function create(dataDir: string) {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new DataDirError(
      errorCode(error) === "ENOTDIR" || errorCode(error) === "EEXIST"
        ? `cannot create the folder ${dataDir}: a part of its path is a file. Set DATA_DIR to a folder path.`
        : `cannot create the folder ${dataDir} (${errorCode(error) ?? (error as Error).message}). Set DATA_DIR to a folder you can write to.`,
    );
  }
}

/** The earlier layout's database file, renamed aside while it moves into the folder of the same name. */
const moving = (dataDir: string) => `${dataDir}.moving`;

/**
 * Moves the store file `dataDir` (earlier layout) to `dataDir`/graph.kz. Opening it first replays its
 * log into it (closing checkpoints) and fails if a process (an earlier server) still holds it. Each
 * step is a rename, and a start after a crash midway finishes the move (finishMove).
 */
async function moveIntoFolder(dataDir: string) {
  const db = new kuzu.Database(dataDir);
  try {
    await db.init();
  } catch (error) {
    await db.close().catch(() => undefined);
    if (/lock/i.test((error as Error).message))
      throw new StoreLockedError(
        `the Kuzu store ${dataDir} is in use by another process (a running server?): stop it, then start again ` +
          "to move the store into the folder layout",
      );
    throw error;
  }
  await db.close();
  await rename(`${dataDir}.wal`, `${moving(dataDir)}.wal`).catch((error) => {
    if (errorCode(error) !== "ENOENT") throw error;
  });
  await rename(dataDir, moving(dataDir));
  await finishMove(dataDir);
  process.stderr.write(`diplograph: moved the store file ${dataDir} to ${storePaths(dataDir).database}\n`);
}

async function finishMove(dataDir: string) {
  const { database, wal } = storePaths(dataDir);
  await mkdir(dataDir, { recursive: true });
  await rename(`${moving(dataDir)}.wal`, wal).catch((error) => {
    if (errorCode(error) !== "ENOENT") throw error;
  });
  await rename(moving(dataDir), database);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Makes `dataDir` a folder that holds (or can hold) this Kuzu's store and returns its paths. Throws
 * DataDirError, with what to do, for a path that is not a folder or a store, a folder holding other
 * files, or a store of another storage version.
 */
export async function prepareDataDir(dataDir: string): Promise<StorePaths> {
  const paths = storePaths(dataDir);
  if ((await exists(moving(dataDir))) && !(await exists(paths.database))) await finishMove(dataDir);
  const info = await stat(dataDir).catch((error) => {
    if (errorCode(error) === "ENOENT") return undefined;
    if (errorCode(error) === "ENOTDIR")
      throw new DataDirError(`cannot use ${dataDir}: a part of its path is a file. Set DATA_DIR to a folder path.`);
    throw error;
  });
  if (!info) {
    await create(dataDir);
    return paths;
  }
  if (info.isFile()) {
    const header = info.size ? readHeader(dataDir) : { kuzu: false as const };
    if (!header.kuzu)
      throw new DataDirError(
        `DATA_DIR ${dataDir} is a file, not a folder (nor a Kuzu store of an earlier diplograph). ` +
          "Set DATA_DIR to a folder (it is created if missing), or move the file away.",
      );
    refuseOtherVersion(dataDir, header.version, dataDir);
    await moveIntoFolder(dataDir);
    return paths;
  }
  if (!info.isDirectory())
    throw new DataDirError(
      `DATA_DIR ${dataDir} is not a folder (a device, socket or pipe). Set DATA_DIR to a folder (created if missing).`,
    );
  const entries = await readdir(dataDir);
  if (entries.includes(DATABASE)) {
    const database = await stat(paths.database);
    if (!database.isFile()) throw new DataDirError(`${paths.database} is not a file: move it away and start again.`);
    const header = database.size ? readHeader(paths.database) : undefined;
    if (header && !header.kuzu)
      throw new DataDirError(
        `${paths.database} is not a Kuzu database file. Move it away (or set DATA_DIR to another folder) and start again.`,
      );
    if (header?.kuzu) refuseOtherVersion(paths.database, header.version, dataDir);
    return paths;
  }
  // Another program's folder: writing a store among its files would mix them (dot files such as .gitkeep
  // are fine, and so are the store's own: its journal, a log kept aside, a database file moved aside).
  const others = entries.filter((name) => !name.startsWith(".") && !name.startsWith(`${DATABASE}.`));
  if (others.length)
    throw new DataDirError(
      `DATA_DIR ${dataDir} is a folder holding other files (${others.slice(0, 3).join(", ")}${others.length > 3 ? ", …" : ""}) ` +
        "and no diplograph store. Set DATA_DIR to an empty or new folder.",
    );
  return paths;
}
