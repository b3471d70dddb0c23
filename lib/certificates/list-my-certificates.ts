import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";

/** The certificates bearing the signed-in person's 身份证号, with how often and when each was looked up publicly. */
export async function listMyCertificates(actor: PersonActor) {
  const me = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { idNumber: true } });
  const rows = await db.certificate.findMany({
    where: { idNumber: me.idNumber },
    orderBy: { obtainedOn: "desc" },
    include: { lookups: { orderBy: { at: "desc" }, take: 10, select: { at: true } }, _count: { select: { lookups: true } } },
  });
  return rows.map(({ lookups, _count, idNumber: _id, ...c }) => ({ ...c, lookupCount: _count.lookups, recentLookups: lookups.map((l) => l.at) }));
}
