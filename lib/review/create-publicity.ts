import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitsInScopeSql } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, invalid } from "@/lib/errors";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { moveDeclaration } from "@/lib/declarations/move-declaration";
import { canMove, MOVES, STATUS_LABELS } from "@/lib/declarations/state-machine";
import { computeEndDate } from "@/lib/publicity-calendar";
import { assertPublicityStart } from "@/lib/publicity-period";
import type { PublicityInput } from "./schemas";

type Listed = { id: string; status: DeclarationStatus; version: number; unitId: string; applicantName: string; busy: boolean };

/**
 * 申报公示 → 新增 → 保存: the publicity and its list in one transaction; each listed declaration must be one of the
 * unit's verified declarations not yet in a publicity, and its applicant in no other open publicity; it starts no
 * earlier than today.
 */
export async function createPublicity(opts: { actor: PersonActor; ip: string; input: PublicityInput; now?: Date }) {
  const { input } = opts;
  const now = opts.now ?? new Date();
  assertPublicityStart(input.startDate, { now });
  const endDate = await computeEndDate(input.startDate, input.workingDays);
  const ids = [...new Set(input.declarationIds)];
  return db.$transaction(async (tx) => {
    const listed = await tx.$queryRaw<Listed[]>`
      SELECT d.id, d.status::text AS status, d.version, d."unitId", u.name AS "applicantName",
             EXISTS (SELECT 1 FROM "Declaration" o WHERE o."applicantId" = d."applicantId" AND o.id <> d.id AND o.status = ANY(${MOVES.completePublicity.from}::"DeclarationStatus"[])) AS busy
        FROM "Declaration" d JOIN "User" u ON u.id = d."applicantId"
       WHERE d.id = ANY(${ids}::text[]) AND d."unitId" IN (${unitsInScopeSql(opts.actor, "publicity.manage")})
       FOR UPDATE OF d`;
    if (listed.length !== ids.length) throw invalid("公示名单中有申报不存在或不属于本单位，请刷新后重新勾选", "declarationIds");
    const units = new Set(listed.map((d) => d.unitId));
    if (units.size !== 1) throw invalid("一次公示只能列入同一单位的申报人", "declarationIds");
    const notReady = listed.find((d) => !canMove("publicize", d.status));
    if (notReady) throw conflict(`${notReady.applicantName}的申报当前状态为「${STATUS_LABELS[notReady.status]}」，不能列入公示`);
    const busy = listed.find((d) => d.busy);
    if (busy) throw conflict(`${busy.applicantName}已在另一公示中，不能同时列入两个公示`);
    const publicity = await tx.publicity.create({
      data: {
        unitId: [...units][0],
        title: input.title,
        startDate: input.startDate,
        workingDays: input.workingDays,
        endDate,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        content: input.content,
        createdById: opts.actor.userId,
      },
    });
    for (const d of listed) {
      await moveDeclaration({ client: tx, actor: opts.actor, ip: opts.ip, declaration: d, action: "publicize", publicityId: publicity.id, now });
    }
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: "新增申报公示",
      entityType: "Publicity",
      entityId: publicity.id,
      detail: { startDate: input.startDate, workingDays: input.workingDays, endDate, declarations: ids },
    });
    return publicity;
  });
}
