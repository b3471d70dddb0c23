import { randomUUID } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, open, opendir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkedKey, MissingStoredFile, type FileStorage } from "./storage-interface";

// The default file storage: a folder outside the web root, shared by every process on the machine.

export function localDisk(root: string): FileStorage {
  const fileOf = (key: string) => path.join(root, checkedKey(key));
  return {
    location: root,
    async put(key, body) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written beside its place, then renamed over it: a reader sees the old file or the whole new one. A key has
      // no ".", so the temporary name is never a key.
      const partial = `${file}.${randomUUID()}.part`;
      try {
        if (body instanceof Uint8Array) await writeFile(partial, body);
        else await pipeline(body, createWriteStream(partial));
        await rename(partial, file);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async open(key) {
      const file = fileOf(key);
      const handle = await open(file).catch((error: NodeJS.ErrnoException) => {
        throw error.code === "ENOENT" || error.code === "ENOTDIR" ? new MissingStoredFile(key) : error;
      });
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) throw new MissingStoredFile(key);
        return { body: handle.createReadStream(), size: stat.size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
    // Folders left behind by removed files do not count: only a file does.
    async isEmpty() {
      if (!existsSync(root)) return true;
      for await (const entry of await opendir(root, { recursive: true })) if (entry.isFile()) return false;
      return true;
    },
  };
}
