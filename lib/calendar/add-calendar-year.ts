import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError, invalid } from "@/lib/errors";
import { libraryCalendar } from "./library-calendar";
import type { CalendarYearValues } from "./schemas";

/** 新增年度: the bureau enters a year's notice before the shipped data has it (each November for the next year). */
export async function addCalendarYear(opts: { actor: PersonActor; ip: string; input: CalendarYearValues }) {
  authorizeAnywhere(opts.actor, "calendar.manage");
  const { year } = opts.input;
  if (libraryCalendar().years.includes(year)) {
    throw invalid(`随程序发布的国务院通知数据已包含${year}年的安排，如有出入请逐日“修正”`, "year");
  }
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.calendarYear.create({
        data: { ...opts.input, createdById: opts.actor.userId, createdByName: opts.actor.name },
      });
      await recordAudit(tx, {
        actor: opts.actor,
        ip: opts.ip,
        action: "新增节假日年度",
        entityType: "CalendarYear",
        entityId: String(year),
        detail: opts.input,
      });
      return created;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", `${year}年的节假日安排已新增，如有出入请逐日“修正”`, "year");
    throw e;
  }
}
