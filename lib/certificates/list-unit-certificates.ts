import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitIdFilter } from "@/lib/auth/scope";
import { pagedList, personSearch, type ListQuery } from "@/lib/list-query";
import { maskIdNumber } from "@/lib/validation/id-number";
import { submitProblem, UNSUBMITTED } from "./rules";

/** 证书补录's list: the unit's certificates (not yet submitted first), with each row's photo status. */
export async function listUnitCertificates(o: { actor: PersonActor; query: ListQuery }) {
  const unitId = await unitIdFilter(db, o.actor, "certificate.entry");
  const where: Prisma.CertificateWhereInput = { unitId, ...personSearch(o.query.q) };
  const [list, pending] = await Promise.all([
    pagedList(o.query.page, {
      count: () => db.certificate.count({ where }),
      rows: (page) => db.certificate.findMany({ where, orderBy: [{ status: "asc" }, { createdAt: "desc" }, { number: "asc" }], ...page }),
    }),
    db.certificate.findMany({ where: { unitId, status: { in: UNSUBMITTED } }, select: { photoStatus: true } }),
  ]);
  return {
    ...list,
    rows: list.rows.map((c) => ({ ...c, idNumber: maskIdNumber(c.idNumber) })),
    pendingCount: pending.length,
    submitProblem: submitProblem(pending),
  };
}
