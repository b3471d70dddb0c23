import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import { checkedKey, MissingStoredFile, type FileStorage } from "./storage-interface";

// File storage in a bucket of any S3-compatible service (华为云 OBS, 阿里云 OSS, MinIO, Ceph RGW …), shared by the
// app's processes on every machine. Objects are written whole: a reader sees the old object or the new one.

export type S3Settings = {
  /** The service's address; AWS's own when unset. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` instead of `bucket.endpoint/key` (MinIO and Ceph usually want it). */
  forcePathStyle: boolean;
};

export function s3Bucket(settings: S3Settings): FileStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // The SDK's default adds CRC checksums and aws-chunked bodies that several S3-compatible services refuse;
    // content is checked by its length and the transport's own integrity instead.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = settings.bucket;
  return {
    location: `${settings.endpoint ?? "s3"}/${Bucket}`,
    async put(key, body) {
      const Key = checkedKey(key);
      if (body instanceof Uint8Array) {
        await client.send(new PutObjectCommand({ Bucket, Key, Body: body, ContentLength: body.byteLength }));
      } else {
        // A stream of unknown length goes up in parts as it arrives; a failed one aborts its parts.
        await new Upload({ client, params: { Bucket, Key, Body: body } }).done();
      }
    },
    async open(key) {
      const Key = checkedKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key }));
        if (!(object.Body instanceof Readable)) throw new Error(`S3 returned no stream for ${key}`);
        return { body: object.Body, size: object.ContentLength ?? 0 };
      } catch (error) {
        if (error instanceof NoSuchKey) throw new MissingStoredFile(key);
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkedKey(key) }));
    },
    async isEmpty() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket, MaxKeys: 1 }));
      return (listed.KeyCount ?? listed.Contents?.length ?? 0) === 0;
    },
  };
}
