import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { getCalendarDay } from "@/lib/calendar/get-calendar-day";
import { DAY_KIND_LABELS, weekdayName } from "@/lib/calendar/schemas";
import { CalendarYearMissing, isPlainDate } from "@/lib/calendar/working-days";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { CalendarCorrectionForm } from "@/components/calendar/calendar-correction-form";

export const metadata: Metadata = { title: "修正" };

export default async function CorrectCalendarDayPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const actor = await requirePermission("calendar.manage");
  const { date } = await searchParams;
  const chosen = date && isPlainDate(date) ? date : null;
  const day = chosen ? await getCalendarDay({ actor, date: chosen }) : null;
  return (
    <div>
      <PageTitle title="修正" trail={["系统配置子系统", "系统配置", "节假日管理", "修正"]} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span>日期</span>
          <input type="date" name="date" defaultValue={chosen ?? ""} required className={inputClass} />
        </label>
        <Button type="submit">选择</Button>
        <Link href="/config/holidays" className="px-2 py-2 text-sm text-brand-700 underline">
          返回节假日管理
        </Link>
      </form>
      {date && !chosen ? <p className="text-sm text-red-600">“{date}”不是有效日期</p> : null}
      {day && !day.covered ? <p className="text-sm text-red-600">{new CalendarYearMissing(Number(day.date.slice(0, 4))).message}</p> : null}
      {day?.covered ? (
        <section aria-label="修正日期" className="rounded border border-slate-200 p-4">
          <p className="mb-3 text-sm" data-testid="calendar-day-now">
            {day.date}（{weekdayName(day.date)}）现为{day.off ? "放假" : "上班"}
            {day.correction
              ? `，已由${day.correction.correctedByName}于${formatShanghai(day.correction.correctedAt, "yyyy-MM-dd HH:mm")}修正为${DAY_KIND_LABELS[day.correction.kind]}（${day.correction.noticeNumber}）`
              : ""}
          </p>
          <CalendarCorrectionForm
            key={day.date}
            initial={{
              date: day.date,
              kind: day.correction?.kind ?? (day.off ? "WORK" : "OFF"),
              noticeName: day.correction?.noticeName ?? "",
              noticeNumber: day.correction?.noticeNumber ?? "",
              note: day.correction?.note ?? "",
              version: day.correction?.version ?? 0,
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
