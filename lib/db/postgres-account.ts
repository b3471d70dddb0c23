import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { firstBlockedDirectory, heldByRoot, type Account, type DirectoryMode } from "./search-permission";

// PostgreSQL refuses to run as root, so under root the embedded server runs as the `postgres` account (created when
// missing). That account must reach the binaries and the data directory, which a checkout inside a private (0700)
// directory — `mktemp -d`, or /root itself — hides from it. Whatever it cannot reach is put where it can.

const run = promisify(execFile);

/** Where data directories the account cannot reach are kept instead: durable, root's, open to walk through. */
export const RELOCATED_DATA_ROOT = "/var/lib/zhicheng-pingshen";

export async function postgresAccount(): Promise<Account> {
  const lookup = async () => ({
    uid: Number((await run("id", ["-u", "postgres"])).stdout),
    gid: Number((await run("id", ["-g", "postgres"])).stdout),
  });
  try {
    return await lookup();
  } catch {
    await run("groupadd", ["--force", "--system", "postgres"]);
    await run("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"]);
    return lookup();
  }
}

/** Every directory from / down to `dir` (a real path), with what decides who may enter it. */
function chainTo(dir: string): DirectoryMode[] {
  const dirs: string[] = [];
  for (let p = dir; ; p = path.dirname(p)) {
    dirs.unshift(p);
    if (path.dirname(p) === p) break;
  }
  return dirs.map((p) => {
    const s = statSync(p);
    return { path: p, uid: s.uid, gid: s.gid, mode: s.mode };
  });
}

const blockedOnTheWayTo = (account: Account, dir: string) => firstBlockedDirectory(chainTo(dir), account);

function assertHandable(account: Account, dir: string) {
  const s = lstatSync(dir);
  if (!heldByRoot({ uid: s.uid, mode: s.mode, isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink() })) {
    throw new Error(`${dir} 不归 root 所有或可被其他用户写入，不能用来运行内置 PostgreSQL；请删除它后重试`);
  }
  const blocked = blockedOnTheWayTo(account, dir);
  if (blocked) throw new Error(`postgres 用户无法进入 ${blocked}，不能从 ${dir} 运行内置 PostgreSQL`);
}

/**
 * The PostgreSQL installation (bin, lib, share) where the account can run it: in place when it can reach it,
 * otherwise a copy root keeps in the temp directory, one per version. The copy appears by a rename, so a
 * concurrent start finds it complete or not at all.
 */
export function installationFor(account: Account, installDir: string, version: string): string {
  const packaged = realpathSync(installDir);
  if (!blockedOnTheWayTo(account, packaged)) return packaged;
  const copy = path.join(realpathSync(tmpdir()), `zhicheng-postgres-${version}`);
  if (!existsSync(copy)) {
    const partial = mkdtempSync(`${copy}.partial-`);
    try {
      cpSync(packaged, partial, { recursive: true, verbatimSymlinks: true });
      chmodSync(partial, 0o755);
      renameSync(partial, copy);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(copy)) throw error;
    }
  }
  assertHandable(account, copy);
  return copy;
}

/**
 * The data directory the account will use: the one asked for when it can reach it; otherwise one under
 * RELOCATED_DATA_ROOT, with a symbolic link at the asked-for path, so the data is still found where the project keeps
 * it (and the next start follows the link). Existing data is never moved: that is refused with the reason.
 */
export function dataDirectoryFor(account: Account, dataDir: string): string {
  const asked = path.resolve(dataDir);
  mkdirSync(path.dirname(asked), { recursive: true });
  const existing = existsSync(asked) ? realpathSync(asked) : undefined;
  const target = existing ?? path.join(realpathSync(path.dirname(asked)), path.basename(asked));
  const blocked = blockedOnTheWayTo(account, path.dirname(target));
  if (!blocked) return target;
  if (existing && readdirSync(existing).length > 0) {
    throw new Error(`内置 PostgreSQL 以 postgres 用户运行，无法进入 ${blocked}，因而无法使用 ${asked} 中已有的数据；请把项目放在 postgres 用户可进入的目录中，或设置 DATABASE_URL`);
  }
  const home = path.join(RELOCATED_DATA_ROOT, createHash("sha256").update(target).digest("hex").slice(0, 16));
  if (mkdirSync(RELOCATED_DATA_ROOT, { recursive: true })) chmodSync(RELOCATED_DATA_ROOT, 0o755); // whatever the umask
  assertHandable(account, RELOCATED_DATA_ROOT);
  mkdirSync(home, { recursive: true });
  // Only an empty directory stands there: the one an earlier start left when PostgreSQL could not reach it.
  rmSync(asked, { recursive: true, force: true });
  symlinkSync(home, asked);
  console.log(`内置 PostgreSQL 以 postgres 用户运行，无法进入 ${blocked}；数据目录放在 ${home}，${asked} 链接到该目录`);
  return home;
}
