import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { AppError, invalid } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { addDays } from "@/lib/calendar/working-days";
import { recordablePersonSql } from "./finding-scope";
import { findingEndsOn } from "./rules";
import type { RecordFindingValues } from "./schemas";

/**
 * 诚信档案 → 记录: a finding against a person within the actor's reach. The person cannot 申报 until the record period
 * ends, and an expert leaves every 专家库 at once (their terms end the day before the finding).
 */
export async function recordFinding(opts: { actor: PersonActor; ip: string; input: RecordFindingValues; now?: Date }) {
  authorizeAnywhere(opts.actor, "integrity.manage");
  const { idNumber, ...finding } = opts.input;
  const today = formatShanghai(opts.now ?? new Date(), "yyyy-MM-dd");
  if (finding.findingDate > today) throw invalid("认定日期不能晚于今天", "findingDate");
  return db.$transaction(async (tx) => {
    const [person] = await tx.$queryRaw<{ id: string; name: string }[]>`
      SELECT u.id, u.name FROM "User" u WHERE u."idNumber" = ${idNumber} AND ${recordablePersonSql(opts.actor)}`;
    if (!person) throw new AppError("NOT_FOUND", "未找到该身份证号的人员，或该人员不属于本单位的评审结果和专家库", "idNumber");
    const [recordedByUnitId] = grantUnitIds(opts.actor, "integrity.manage");
    const row = await tx.integrityFinding.create({
      data: { personId: person.id, ...finding, recordedByUnitId, recordedById: opts.actor.userId },
    });
    const dayBefore = addDays(finding.findingDate, -1);
    const { count: experts } = await tx.expert.updateMany({ where: { userId: person.id, termEnd: { gt: dayBefore } }, data: { termEnd: dayBefore } });
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: "记录诚信档案",
      entityType: "IntegrityFinding",
      entityId: row.id,
      detail: { name: person.name, ...finding, barredUntil: findingEndsOn(finding.findingDate), expertTermsEnded: experts },
    });
    return row;
  });
}
