import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { findingsWhere } from "./finding-scope";
import type { RevokeFindingValues } from "./schemas";

/** 诚信档案 → 撤销: a finding is revoked by another recorded decision (文号 and reason); it stays on record. */
export async function revokeFinding(opts: { actor: PersonActor; ip: string; input: RevokeFindingValues }) {
  authorizeAnywhere(opts.actor, "integrity.manage");
  const { id, documentNumber, reason } = opts.input;
  return db.$transaction(async (tx) => {
    const scope = { id, ...findingsWhere(opts.actor) };
    const { count } = await tx.integrityFinding.updateMany({
      where: { ...scope, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: opts.actor.userId, revocationDocumentNumber: documentNumber, revocationReason: reason },
    });
    if (count === 0) throw (await tx.integrityFinding.count({ where: scope })) ? conflict("该记录已撤销") : notFound("诚信档案记录不存在或不属于本单位");
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "撤销诚信档案", entityType: "IntegrityFinding", entityId: id, detail: { documentNumber, reason } });
  });
}
