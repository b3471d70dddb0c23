import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { currentStage, STATUS_LABELS } from "./state-machine";

/** The applicant's home: each of their declarations with its state and the stage it is at. */
export async function myDeclarationStates(actor: PersonActor) {
  const rows = await db.declaration.findMany({
    where: { applicantId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, titleName: true, holderUnitId: true, supplementDeadline: true, round: { select: { name: true } } },
    take: 10,
  });
  const holders = await db.unit.findMany({
    where: { id: { in: rows.map((r) => r.holderUnitId).filter((id): id is string => !!id) } },
    select: { id: true, name: true, kind: true },
  });
  const unitName = actor.unitId ? ((await db.unit.findUnique({ where: { id: actor.unitId }, select: { name: true } }))?.name ?? "") : "";
  return rows.map((r) => {
    const holder = holders.find((h) => h.id === r.holderUnitId);
    const { stage, holder: by } = currentStage({ status: r.status, unitName, holderName: holder?.name ?? null, holderKind: holder?.kind ?? null, supplementDeadline: r.supplementDeadline });
    return { id: r.id, roundName: r.round.name, titleName: r.titleName, status: STATUS_LABELS[r.status], stage, by };
  });
}
