import { rmSync } from "node:fs";
import path from "node:path";
import { startLocalS3 } from "../../support/s3-server";

// With E2E_STORAGE=s3, the browser run's first webServer: a local S3-compatible server with an empty bucket, its
// objects in .data/e2e-s3 (emptied on every start); stopped when Playwright stops it.

const directory = path.resolve(import.meta.dirname, "../../../.data/e2e-s3");
rmSync(directory, { recursive: true, force: true });
const s3 = await startLocalS3({ directory, port: Number(process.env.E2E_S3_PORT), buckets: [process.env.E2E_S3_BUCKET!] });
const stop = async () => {
  await s3.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
