// Whether a non-root account can walk a path: every directory on the way needs the search (x) bit that applies to it
// (owner, else group, else others). A process started with a uid and gid has no supplementary groups, so the
// account's primary group is the only group that counts.

export type Account = { uid: number; gid: number };
export type DirectoryMode = { path: string; uid: number; gid: number; mode: number };

export function maySearch(dir: DirectoryMode, account: Account): boolean {
  if (dir.uid === account.uid) return (dir.mode & 0o100) !== 0;
  if (dir.gid === account.gid) return (dir.mode & 0o010) !== 0;
  return (dir.mode & 0o001) !== 0;
}

/** The first directory, from the root down, that the account may not enter; undefined when it reaches the end. */
export function firstBlockedDirectory(chain: DirectoryMode[], account: Account): string | undefined {
  return chain.find((dir) => !maySearch(dir, account))?.path;
}

/**
 * A directory root may hand to another account's programs: owned by root and writable by nobody else, so nobody
 * can swap what is in it. A symbolic link never qualifies (it could point anywhere later).
 */
export function heldByRoot(dir: { uid: number; mode: number; isDirectory: boolean; isSymbolicLink: boolean }): boolean {
  return dir.isDirectory && !dir.isSymbolicLink && dir.uid === 0 && (dir.mode & 0o022) === 0;
}
