import { spawnSync } from "node:child_process";

// `prisma generate` does not use the schema engine, but the CLI insists on one being present; any existing file will do.
const result = spawnSync("prisma", ["generate", "--schema", "prisma/schema"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  shell: false,
});
process.exit(result.status ?? 1);
