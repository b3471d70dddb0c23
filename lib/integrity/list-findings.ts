import "server-only";
import { db } from "@/lib/db/client";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { pagedList, type ListQuery } from "@/lib/list-query";
import { maskIdNumber } from "@/lib/validation/id-number";
import { findingsWhere } from "./finding-scope";
import { findingEndsOn } from "./rules";

/** 诚信档案: the findings the actor reaches, newest first, with the person (ID masked) and when the bar ends. */
export async function listFindings(actor: PersonActor, query: ListQuery) {
  authorizeAnywhere(actor, "integrity.manage");
  const persons = query.q ? await db.user.findMany({ where: { OR: [{ name: { contains: query.q } }, { idNumber: query.q.toUpperCase() }] }, select: { id: true }, take: 200 }) : null;
  const where = { ...findingsWhere(actor), ...(persons ? { personId: { in: persons.map((p) => p.id) } } : {}) };
  const list = await pagedList(query.page, {
    count: () => db.integrityFinding.count({ where }),
    rows: (page) => db.integrityFinding.findMany({ where, orderBy: { createdAt: "desc" }, ...page }),
  });
  const people = await db.user.findMany({ where: { id: { in: list.rows.map((r) => r.personId) } }, select: { id: true, name: true, idNumber: true } });
  return {
    ...list,
    rows: list.rows.map((r) => {
      const p = people.find((x) => x.id === r.personId);
      return { ...r, personName: p?.name ?? "", idNumber: p ? maskIdNumber(p.idNumber) : "", endsOn: findingEndsOn(r.findingDate) };
    }),
  };
}
