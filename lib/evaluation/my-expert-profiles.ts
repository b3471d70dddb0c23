import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";

/** 专家个人信息维护: the actor's own entries in the pools (one per committee-forming unit), with the declared recusals. */
export async function myExpertProfiles(opts: { actor: PersonActor }) {
  const experts = await db.expert.findMany({ where: { userId: opts.actor.userId }, orderBy: { createdAt: "asc" } });
  const units = await db.unit.findMany({
    where: { id: { in: experts.flatMap((e) => [e.poolUnitId, ...e.recuseUnitIds]) } },
    select: { id: true, name: true },
  });
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? "";
  return experts.map((e) => ({ ...e, poolUnitName: name(e.poolUnitId), recuseUnitNames: e.recuseUnitIds.map(name) }));
}
