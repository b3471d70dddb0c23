import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { pagedList } from "@/lib/list-query";
import { maskIdNumber } from "@/lib/validation/id-number";
import { covers } from "./rules";

/** 专家库管理: one page of the pools the actor's units keep, searched by name, 身份证号 or 专业; ID numbers masked. */
export async function listExperts(opts: { actor: Actor; q?: string; page: number; today: string }) {
  const q = opts.q;
  const where: Prisma.ExpertWhereInput = {
    poolUnitId: { in: grantUnitIds(opts.actor, "evaluation.manage") },
    ...(q ? { OR: [{ specialty: { contains: q } }, { userId: { in: (await matchingUsers(q)).map((u) => u.id) } }] } : {}),
  };
  const page = await pagedList(opts.page, {
    count: () => db.expert.count({ where }),
    rows: (args) => db.expert.findMany({ where, orderBy: { createdAt: "asc" }, ...args }),
  });
  const users = await db.user.findMany({ where: { id: { in: page.rows.map((e) => e.userId) } }, select: { id: true, name: true, idNumber: true } });
  return {
    ...page,
    rows: page.rows.map((e) => {
      const user = users.find((u) => u.id === e.userId);
      return {
        id: e.id,
        name: user?.name ?? "",
        idNumberMasked: maskIdNumber(user?.idNumber ?? ""),
        specialty: e.specialty,
        title: e.title,
        workUnitName: e.workUnitName,
        contact: e.contact,
        termStart: e.termStart,
        termEnd: e.termEnd,
        inTerm: covers({ from: e.termStart, to: e.termEnd }, opts.today),
        recusals: e.recuseUnitIds.length + e.recuseIdNumbers.length,
      };
    }),
  };
}

function matchingUsers(q: string) {
  return db.user.findMany({ where: { OR: [{ name: { contains: q } }, { idNumber: { startsWith: q.toUpperCase() } }] }, select: { id: true }, take: 500 });
}
