import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDisk } from "@/lib/storage/local-disk";
import { s3Bucket } from "@/lib/storage/s3-bucket";
import { MissingStoredFile, type FileStorage } from "@/lib/storage/storage-interface";
import { startLocalS3, type LocalS3 } from "../support/s3-server";

// One contract for every file storage: the local folder and an S3 bucket (on a local S3-compatible server) must
// answer alike, so the app never knows which one it has.

const work = await mkdtemp(path.join(tmpdir(), "zc-storage-contract-"));
let s3: LocalS3;

beforeAll(async () => {
  s3 = await startLocalS3({ directory: path.join(work, "s3"), buckets: [] });
});
afterAll(async () => {
  await s3?.close();
  await rm(work, { recursive: true, force: true });
});

const implementations: [string, () => Promise<FileStorage>][] = [
  ["local disk", async () => localDisk(path.join(work, `disk-${randomUUID()}`))],
  [
    "S3-compatible bucket",
    async () => {
      const settings = s3.settings(`zc-${randomUUID()}`);
      const client = new S3Client({ ...settings, credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } });
      await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
      client.destroy();
      return s3Bucket(settings);
    },
  ],
];

const MB = 1024 * 1024;
const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const key = () => `declarations/${randomUUID()}`;

async function read(storage: FileStorage, k: string) {
  const object = await storage.open(k);
  return { size: object.size, bytes: await buffer(object.body) };
}

/** The bytes in chunks of 64 KiB, as an upload arrives: its length known to nobody in advance. */
function chunked(bytes: Uint8Array, o: { failAfter?: number } = {}) {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.byteLength; at += 64 * 1024) {
        if (o.failAfter !== undefined && at >= o.failAfter) throw new Error("connection lost");
        yield bytes.subarray(at, at + 64 * 1024);
      }
    })(),
  );
}

describe.each(implementations)("文件存储契约：%s", (_, fresh) => {
  it("stores bytes under a key, serves them with their size, and removes them", async () => {
    const storage = await fresh();
    expect(await storage.isEmpty()).toBe(true);
    const k = key();
    const bytes = Buffer.from(`%PDF-1.4\n${randomUUID()}\n%%EOF\n`);
    await storage.put(k, bytes);
    expect(await storage.isEmpty()).toBe(false);
    expect(await read(storage, k)).toEqual({ size: bytes.byteLength, bytes });
    await storage.remove(k);
    await expect(storage.open(k)).rejects.toBeInstanceOf(MissingStoredFile);
    expect(await storage.isEmpty()).toBe(true);
  });

  it("answers a missing key with MissingStoredFile, also where a key is only a prefix of others; removing it is no error", async () => {
    const storage = await fresh();
    await expect(storage.open(key())).rejects.toBeInstanceOf(MissingStoredFile);
    await storage.put("units/a/b", Buffer.from("x"));
    await expect(storage.open("units/a")).rejects.toBeInstanceOf(MissingStoredFile);
    await expect(storage.remove(key())).resolves.toBeUndefined();
  });

  it("replaces the bytes when a key is written again", async () => {
    const storage = await fresh();
    const k = key();
    await storage.put(k, Buffer.from("the first, longer version"));
    await storage.put(k, Buffer.from("second"));
    expect((await read(storage, k)).bytes.toString()).toBe("second");
  });

  it("keeps a large object byte for byte", async () => {
    const storage = await fresh();
    const k = key();
    const bytes = randomBytes(24 * MB);
    await storage.put(k, bytes);
    const back = await read(storage, k);
    expect(back.size).toBe(bytes.byteLength);
    expect(digest(back.bytes)).toBe(digest(bytes));
  }, 60_000);

  it("takes a stream of unknown length (several upload parts) and gives one back chunk by chunk", async () => {
    const storage = await fresh();
    const k = key();
    const bytes = randomBytes(13 * MB);
    await storage.put(k, chunked(bytes));
    const object = await storage.open(k);
    expect(object.body).toBeInstanceOf(Readable);
    expect(object.size).toBe(bytes.byteLength);
    const hash = createHash("sha256");
    let chunks = 0;
    for await (const chunk of object.body) {
      hash.update(chunk);
      chunks++;
    }
    expect(chunks).toBeGreaterThan(1);
    expect(hash.digest("hex")).toBe(digest(bytes));
  }, 60_000);

  it("leaves nothing behind when the stream breaks off, and keeps what the key held before", async () => {
    const storage = await fresh();
    const k = key();
    // (The local S3 server does not implement AbortMultipartUpload, so the SDK reports that failure instead.)
    await expect(storage.put(k, chunked(randomBytes(8 * MB), { failAfter: 6 * MB }))).rejects.toThrow();
    await expect(storage.open(k)).rejects.toBeInstanceOf(MissingStoredFile);
    expect(await storage.isEmpty()).toBe(true);
    await storage.put(k, Buffer.from("kept"));
    await expect(storage.put(k, chunked(randomBytes(MB), { failAfter: 512 * 1024 }))).rejects.toThrow();
    expect((await read(storage, k)).bytes.toString()).toBe("kept");
  }, 60_000);

  it.each(["../outside", "declarations/../../outside", "/etc/passwd", "a//b", "a/", "photo.png", "", "a\\b", "a b", "声明"])(
    "refuses the key %j for every operation",
    async (bad) => {
      const storage = await fresh();
      await expect(storage.put(bad, Buffer.from("x"))).rejects.toThrow("invalid storage key");
      await expect(storage.open(bad)).rejects.toThrow("invalid storage key");
      await expect(storage.remove(bad)).rejects.toThrow("invalid storage key");
      expect(await storage.isEmpty()).toBe(true);
    },
  );
});

it("local disk: nothing is written outside its folder, and no partial file is left in it", async () => {
  const root = path.join(work, `disk-${randomUUID()}`);
  const storage = localDisk(root);
  await expect(storage.put("../escaped", Buffer.from("x"))).rejects.toThrow("invalid storage key");
  await expect(storage.put("temporary/t", chunked(randomBytes(MB), { failAfter: 256 * 1024 }))).rejects.toThrow();
  expect(await readdir(work)).not.toContain("escaped");
  expect(await readdir(path.join(root, "temporary"))).toEqual([]);
});
