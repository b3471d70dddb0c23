import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import type { CalendarRevokeValues } from "./schemas";

/** 撤销修正: the day goes back to what the notices say; only the version shown is removed, so a newer one survives. */
export async function revokeCalendarCorrection(opts: { actor: PersonActor; ip: string; input: CalendarRevokeValues }) {
  authorizeAnywhere(opts.actor, "calendar.manage");
  const { date, version } = opts.input;
  return db.$transaction(async (tx) => {
    const [removed] = await tx.$queryRaw<{ kind: string; noticeNumber: string; note: string }[]>`
      DELETE FROM "CalendarCorrection" WHERE date = ${date} AND version = ${version}
      RETURNING kind::text AS kind, "noticeNumber", note`;
    if (!removed) throw conflict("该修正已被他人更改或撤销，请刷新后核对");
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: "撤销节假日修正",
      entityType: "CalendarCorrection",
      entityId: date,
      detail: { date, version, ...removed },
    });
  });
}
