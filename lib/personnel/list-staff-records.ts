import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { maskIdNumber } from "@/lib/validation/id-number";
import { pagedList, personSearch, type ListQuery } from "@/lib/list-query";
import { staffWhere } from "./staff-scope";

/** 离退休与处分登记: the unit's people with their 离退休 day and disciplinary periods (withdrawn ones marked), IDs masked. */
export async function listStaffRecords(actor: PersonActor, query: ListQuery) {
  const where = { ...staffWhere(actor), ...personSearch(query.q) };
  const list = await pagedList(query.page, {
    count: () => db.user.count({ where }),
    rows: (page) => db.user.findMany({ where, orderBy: { name: "asc" }, ...page, select: { id: true, name: true, idNumber: true } }),
  });
  const ids = list.rows.map((u) => u.id);
  const [retirements, periods] = await Promise.all([
    db.staffRetirement.findMany({ where: { userId: { in: ids } } }),
    db.disciplinePeriod.findMany({ where: { userId: { in: ids } }, orderBy: { startsOn: "desc" } }),
  ]);
  return {
    ...list,
    rows: list.rows.map((u) => ({
      id: u.id,
      name: u.name,
      idNumber: maskIdNumber(u.idNumber),
      retiredOn: retirements.find((r) => r.userId === u.id)?.retiredOn ?? null,
      periods: periods.filter((p) => p.userId === u.id),
    })),
  };
}
