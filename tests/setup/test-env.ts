import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.STORAGE_DIR ??= `${process.cwd()}/.data/test-files`;
process.env.DATABASE_POOL_SIZE ??= "4";
