import "server-only";
import type { Tx } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { conflict, notFound } from "@/lib/errors";
import { lostRace } from "@/lib/declarations/state-machine";
import { queueScopeSql } from "./list-queue";
import type { QueueKey } from "./queue-config";

export type DecisionTarget = {
  id: string;
  status: DeclarationStatus;
  version: number;
  unitId: string;
  supplementDeadline: string | null;
  applicantName: string;
  applicantMobile: string | null;
};

/**
 * The declaration a reviewer decides on, found only inside the queue's scope, and only if it is still the version
 * the reviewer read: a decision on something another reviewer has just changed is refused with its state named.
 */
export async function loadForDecision(tx: Tx, actor: PersonActor, key: QueueKey, id: string, version: number): Promise<DecisionTarget> {
  const [row] = await tx.$queryRaw<DecisionTarget[]>`
    SELECT d.id, d.status::text AS status, d.version, d."unitId", d."supplementDeadline",
           u.name AS "applicantName", u.mobile AS "applicantMobile"
      FROM "Declaration" d JOIN "User" u ON u.id = d."applicantId"
     WHERE d.id = ${id} AND ${queueScopeSql(actor, key)}`;
  if (!row) throw notFound("申报不存在或您无权操作");
  if (row.version !== version) throw conflict(lostRace(row.status));
  return row;
}
