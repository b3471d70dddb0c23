import { Prisma } from "@/lib/db/generated/client";

/** A unique constraint said no (P2002): the row already exists. */
export function isUniqueViolation(e: unknown) {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}
