import path from "node:path";
import { describe, expect, it } from "vitest";
import { storageFromEnvironment } from "@/lib/storage/storage-from-settings";

describe("文件存储设置", () => {
  it("is the local folder by default", () => {
    expect(storageFromEnvironment({}).location).toBe(path.resolve(process.cwd(), ".data/files"));
    expect(storageFromEnvironment({ STORAGE_DIR: "/srv/files" }).location).toBe("/srv/files");
  });

  it("is a bucket at the endpoint with STORAGE_ADAPTER=s3", () => {
    const storage = storageFromEnvironment({
      STORAGE_ADAPTER: "s3",
      S3_ENDPOINT: "http://minio.internal:9000",
      S3_BUCKET: "zhicheng-files",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(storage.location).toBe("http://minio.internal:9000/zhicheng-files");
  });

  it("refuses s3 without a bucket or keys, an endpoint that is no URL, and an unknown adapter", () => {
    expect(() => storageFromEnvironment({ STORAGE_ADAPTER: "s3", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "id" })).toThrow("STORAGE_ADAPTER=s3 needs S3_BUCKET");
    const complete = { STORAGE_ADAPTER: "s3", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret" };
    expect(() => storageFromEnvironment({ ...complete, S3_ENDPOINT: "minio:9000" })).toThrow();
    expect(() => storageFromEnvironment({ ...complete, S3_FORCE_PATH_STYLE: "yes" })).toThrow();
    expect(() => storageFromEnvironment({ STORAGE_ADAPTER: "nfs" })).toThrow();
  });
});
