import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { resolveDatabase } from "../lib/db/local-database";
import { seedDemo } from "../prisma/seed/demo";

const database = await resolveDatabase();
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
try {
  await seedDemo(db);
  console.log("演示数据已就绪");
} finally {
  await db.$disconnect();
  await database.stop();
}
