import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitIdFilter } from "@/lib/auth/scope";
import { pagedList, type ListQuery } from "@/lib/list-query";
import { maskIdNumber } from "@/lib/validation/id-number";
import { notFound } from "@/lib/errors";

/** 证书确认: the batches units have submitted, those waiting first. */
export async function listCertificateBatches(o: { actor: PersonActor; query: ListQuery }) {
  const where = { unitId: await unitIdFilter(db, o.actor, "certificate.confirm") };
  const list = await pagedList(o.query.page, {
    count: () => db.certificateBatch.count({ where }),
    rows: (page) => db.certificateBatch.findMany({ where, orderBy: [{ status: "asc" }, { submittedAt: "desc" }], ...page }),
  });
  const units = await db.unit.findMany({ where: { id: { in: list.rows.map((b) => b.unitId) } }, select: { id: true, name: true } });
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  return { ...list, rows: list.rows.map((b) => ({ ...b, unitName: nameOf.get(b.unitId) ?? "" })) };
}

/** One batch with its certificates (ID numbers masked), for the 专技处 in scope. */
export async function getCertificateBatch(o: { actor: PersonActor; id: string }) {
  const batch = await db.certificateBatch.findFirst({
    where: { id: o.id, unitId: await unitIdFilter(db, o.actor, "certificate.confirm") },
    include: { certificates: { orderBy: { number: "asc" } } },
  });
  if (!batch) throw notFound("批次不存在或您无权查看");
  const unit = await db.unit.findUniqueOrThrow({ where: { id: batch.unitId }, select: { name: true } });
  return { ...batch, unitName: unit.name, certificates: batch.certificates.map((c) => ({ ...c, idNumber: maskIdNumber(c.idNumber) })) };
}
