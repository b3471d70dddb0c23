import type { Readable } from "node:stream";

// What every file storage offers. Keys are the app's own (`declarations/<uuid>` …), never a user's file name.

export type StoredObject = { body: Readable; size: number };

export interface FileStorage {
  /** Where the files are, for messages (a folder, or a bucket at an endpoint). */
  readonly location: string;
  /** Stores the bytes under the key, replacing what was there; a stream is written as it arrives. Half-written files are never seen. */
  put(key: string, body: Uint8Array | Readable): Promise<void>;
  /** The stored bytes as a stream; rejects with MissingStoredFile when nothing is under the key. */
  open(key: string): Promise<StoredObject>;
  /** Removes the file; a key with nothing under it is not an error. */
  remove(key: string): Promise<void>;
  /** Whether nothing at all is stored (a restore goes only into an empty storage). */
  isEmpty(): Promise<boolean>;
}

export class MissingStoredFile extends Error {
  constructor(key: string) {
    super(`no stored file under ${key}`);
  }
}

/** Keys are plain relative paths of letters, digits, `_`, `-` and `/`: nothing a folder or a bucket would read differently. */
export function checkedKey(key: string): string {
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/.test(key)) throw new Error(`invalid storage key: ${key}`);
  return key;
}
