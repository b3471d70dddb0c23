import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/db/generated/client";

// The browser run's own database (see playwright.config.ts), for arranging data a journey needs.
export function e2eDatabase() {
  const port = Number(process.env.E2E_DB_PORT ?? 54390);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/zhicheng`, max: 2 }) });
}
