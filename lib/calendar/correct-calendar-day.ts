import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { conflict, invalid } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { coveredYears, mergeCalendar } from "./calendar-sources";
import { readCalendarSources } from "./read-calendar-sources";
import { DAY_KIND_LABELS, type CalendarCorrectionValues } from "./schemas";
import { isWorkday, yearOf } from "./working-days";

const changedMeanwhile = (c: { correctedByName: string; correctedAt: Date; kind: keyof typeof DAY_KIND_LABELS }) =>
  conflict(`该日期已由${c.correctedByName}于${formatShanghai(c.correctedAt, "yyyy-MM-dd HH:mm")}修正为${DAY_KIND_LABELS[c.kind]}，请刷新后核对再修正`);

/**
 * 修正: sets one day to 放假 or 上班 after a notice. A day already corrected is changed only by someone who saw that
 * correction (its version), so of two people correcting one day at once exactly one wins.
 */
export async function correctCalendarDay(opts: { actor: PersonActor; ip: string; input: CalendarCorrectionValues }) {
  authorizeAnywhere(opts.actor, "calendar.manage");
  const { version, ...day } = opts.input;
  const year = yearOf(day.date);
  const by = { correctedById: opts.actor.userId, correctedByName: opts.actor.name };
  try {
    return await db.$transaction(async (tx) => {
      const sources = await readCalendarSources(tx);
      if (!coveredYears(sources).includes(year)) throw invalid(`${year}年尚无节假日安排，请先“新增年度”`, "date");
      const existing = sources.corrections.find((c) => c.date === day.date);
      if (existing && existing.version !== version) throw changedMeanwhile(existing);
      if (!existing && version !== 0) throw conflict("该日期的修正已变化，请刷新后核对再修正");
      const offNow = !isWorkday(day.date, mergeCalendar(sources));
      if (!existing && offNow === (day.kind === "OFF")) {
        throw invalid(`${day.date}本来就是${offNow ? "放假日" : "工作日"}，无需修正`, "kind");
      }
      let saved;
      if (existing) {
        const updated = await tx.calendarCorrection.updateMany({
          where: { date: day.date, version },
          data: { ...day, ...by, version: { increment: 1 }, correctedAt: new Date() },
        });
        if (updated.count !== 1) throw conflict("该日期刚被他人修正，请刷新后核对再修正");
        saved = await tx.calendarCorrection.findUniqueOrThrow({ where: { date: day.date } });
      } else {
        saved = await tx.calendarCorrection.create({ data: { ...day, ...by } });
      }
      await recordAudit(tx, {
        actor: opts.actor,
        ip: opts.ip,
        action: "修正节假日",
        entityType: "CalendarCorrection",
        entityId: day.date,
        detail: { ...day, before: existing ? { kind: existing.kind, noticeNumber: existing.noticeNumber } : { off: offNow } },
      });
      return saved;
    });
  } catch (e) {
    // Two first corrections of one day at once: the primary key lets one in.
    if (isUniqueViolation(e)) throw conflict("该日期刚被他人修正，请刷新后核对再修正");
    throw e;
  }
}
