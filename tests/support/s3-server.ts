import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import type { S3Settings } from "../../lib/storage/s3-bucket";

// A local S3-compatible server (s3rver: the S3 REST API with signatures checked, objects in a folder) for tests
// that run the app's storage against S3. Its one account signs as S3RVER / S3RVER. It runs as a process of its
// own with OpenSSL's legacy provider: s3rver encrypts its listing continuation tokens with DES.

export type LocalS3 = { endpoint: string; settings(bucket: string): S3Settings; close(): Promise<void> };

const KEY = "S3RVER";

/** The environment that points the app (and its commands) at a bucket of the local server. */
export function localS3Environment(endpoint: string, bucket: string): Record<string, string> {
  return { STORAGE_ADAPTER: "s3", S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: KEY, S3_SECRET_ACCESS_KEY: KEY, S3_FORCE_PATH_STYLE: "true" };
}

export async function startLocalS3(o: { directory: string; port?: number; buckets: string[] }): Promise<LocalS3> {
  const bin = createRequire(import.meta.url).resolve("s3rver/bin/s3rver.js");
  const args = ["--openssl-legacy-provider", bin, "-d", o.directory, "-a", "127.0.0.1", "-p", String(o.port ?? 0), "-s"];
  for (const name of o.buckets) args.push("--configure-bucket", name);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /listening on [^\s:]+:(\d+)/.exec(out);
      if (listening) resolve(Number(listening[1]));
    });
    child.once("exit", (code) => reject(new Error(`s3rver exited (${code}) before listening: ${out}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    settings: (bucket) => ({ endpoint, region: "us-east-1", bucket, accessKeyId: KEY, secretAccessKey: KEY, forcePathStyle: true }),
    async close() {
      if (child.exitCode !== null) return;
      child.kill();
      await once(child, "exit");
    },
  };
}
