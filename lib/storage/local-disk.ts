import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// The default file storage: a folder outside the web root, keyed by plain relative paths.

export interface FileStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

export function localDisk(root: string): FileStorage {
  const resolve = (key: string) => {
    if (!/^[A-Za-z0-9/_-]+$/.test(key) || key.includes("..")) throw new Error(`invalid storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
    get: (key) => readFile(resolve(key)),
    remove: (key) => rm(resolve(key), { force: true }),
  };
}
