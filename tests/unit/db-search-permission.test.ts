import { describe, expect, it } from "vitest";
import { firstBlockedDirectory, heldByRoot, maySearch } from "@/lib/db/search-permission";

const postgres = { uid: 101, gid: 104 };
const dir = (path: string, mode: number, uid = 0, gid = 0) => ({ path, uid, gid, mode });

describe("who may walk through a directory", () => {
  it("takes the owner's bit for the owner, the group's for the group, the others' for everyone else", () => {
    expect(maySearch(dir("/d", 0o700, 101), postgres)).toBe(true);
    expect(maySearch(dir("/d", 0o077, 101), postgres)).toBe(false);
    expect(maySearch(dir("/d", 0o710, 0, 104), postgres)).toBe(true);
    expect(maySearch(dir("/d", 0o701, 0, 104), postgres)).toBe(false);
    expect(maySearch(dir("/d", 0o711), postgres)).toBe(true);
    expect(maySearch(dir("/d", 0o770), postgres)).toBe(false);
  });

  it("names the first directory on the way that shuts the account out", () => {
    const checkout = [dir("/", 0o755), dir("/tmp", 0o1777), dir("/tmp/tmp.x1", 0o700), dir("/tmp/tmp.x1/p", 0o755)];
    expect(firstBlockedDirectory(checkout, postgres)).toBe("/tmp/tmp.x1");
    expect(firstBlockedDirectory([dir("/", 0o755), dir("/root", 0o700), dir("/root/p", 0o755)], postgres)).toBe("/root");
    expect(firstBlockedDirectory([dir("/", 0o755), dir("/tmp", 0o1777), dir("/tmp/zc-test-db-a", 0o700, 101, 104)], postgres)).toBeUndefined();
  });
});

describe("a directory root may hand to the postgres account", () => {
  const base = { uid: 0, mode: 0o755, isDirectory: true, isSymbolicLink: false };
  it("is root's own, writable by nobody else, and no link", () => {
    expect(heldByRoot(base)).toBe(true);
    expect(heldByRoot({ ...base, uid: 1000 })).toBe(false);
    expect(heldByRoot({ ...base, mode: 0o775 })).toBe(false);
    expect(heldByRoot({ ...base, mode: 0o757 })).toBe(false);
    expect(heldByRoot({ ...base, isSymbolicLink: true })).toBe(false);
    expect(heldByRoot({ ...base, isDirectory: false })).toBe(false);
  });
});
