import "server-only";
import { db, type Db, type Tx } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitIdFilter } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { pagedList } from "@/lib/list-query";
import { maskIdNumber } from "@/lib/validation/id-number";
import type { DeclarationForm } from "@/lib/declarations/schemas";
import type { Publicity } from "@/lib/db/generated/client";

/** A publicity of a unit the actor publicizes for (not found otherwise). */
export async function findPublicity(client: Db | Tx, actor: PersonActor, id: string) {
  const publicity = await client.publicity.findFirst({ where: { id, unitId: await unitIdFilter(client, actor, "publicity.manage") } });
  if (!publicity) throw notFound("公示不存在或您无权查看");
  return publicity;
}

/** 详情 and the 公示表: the publicity, its unit and its list with ID numbers masked. */
export async function getPublicityDetail(opts: { actor: PersonActor; id: string }) {
  return publicityWithList(await findPublicity(db, opts.actor, opts.id));
}

/** A publicity already found within the reader's reach (its unit's or a running one), with its unit and list. */
export async function publicityWithList(publicity: Publicity) {
  const [unit, declarations] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: publicity.unitId }, select: { name: true } }),
    db.declaration.findMany({ where: { publicityId: publicity.id }, orderBy: { submittedAt: "asc" }, select: { id: true, status: true, titleName: true, form: true, applicantId: true } }),
  ]);
  const people = await db.user.findMany({ where: { id: { in: declarations.map((d) => d.applicantId) } }, select: { id: true, name: true, idNumber: true } });
  const byId = new Map(people.map((p) => [p.id, p]));
  const rows = declarations.map((d) => {
    const form = d.form as unknown as DeclarationForm;
    const person = byId.get(d.applicantId)!;
    return {
      id: d.id,
      status: d.status,
      name: person.name,
      idNumberMasked: maskIdNumber(person.idNumber),
      currentTitle: form.professional.currentTitle,
      targetTitle: d.titleName,
      specialty: form.professional.specialty,
    };
  });
  return { publicity, unitName: unit.name, rows };
}

/** 申报公示: the unit's publicities, newest first. */
export async function listPublicities(opts: { actor: PersonActor; page: number }) {
  const where = { unitId: await unitIdFilter(db, opts.actor, "publicity.manage") };
  return pagedList(opts.page, {
    count: () => db.publicity.count({ where }),
    rows: (page) => db.publicity.findMany({ where, orderBy: { createdAt: "desc" }, include: { _count: { select: { declarations: true } } }, ...page }),
  });
}
