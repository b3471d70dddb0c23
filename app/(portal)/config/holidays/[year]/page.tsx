import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { listQuerySchema } from "@/lib/list-query";
import { listCalendarDays } from "@/lib/calendar/list-calendar-days";
import { weekdayName } from "@/lib/calendar/schemas";
import { isWeekend } from "@/lib/calendar/working-days";
import type { SpecialDay } from "@/lib/calendar/calendar-sources";
import { formatShanghai } from "@/lib/time";
import { ListPage, Table } from "@/components/ui/list-page";
import { RowAction } from "@/components/ui/row-action";
import { revokeCalendarCorrectionAction } from "@/lib/calendar/actions";

export const metadata: Metadata = { title: "节假日管理" };

const SOURCE_LABELS = { library: "国务院办公厅通知（随程序发布）", bureauYear: "省人社厅新增年度", correction: "省人社厅修正" } as const;

function kindLabel(day: SpecialDay) {
  if (day.off) return "放假";
  return isWeekend(day.date) ? "调休上班" : "上班";
}

function correctionText(day: SpecialDay) {
  if (!day.correction) return "—";
  const before = day.offBeforeCorrection ? "放假" : "上班";
  return `原为${before}；${day.correction.note}（${day.correction.correctedByName}，${formatShanghai(day.correction.correctedAt, "yyyy-MM-dd HH:mm")}）`;
}

export default async function CalendarYearPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePermission("calendar.manage");
  const { year: yearParam } = await params;
  if (!/^\d{4}$/.test(yearParam)) notFound();
  const year = Number(yearParam);
  const query = listQuerySchema.parse(await searchParams);
  const list = await listCalendarDays({ actor, year, query });
  const { missing, rows } = list;
  return (
    <ListPage
      title={`${year}年节假日安排`}
      trail={["系统配置子系统", "系统配置", "节假日管理", `${year}年`]}
      list={list}
      params={{ q: query.q }}
      searchLabel="日期、名称或文号"
      intro={missing ?? "列出放假日、调休上班日和修正过的日期；其余周一至周五上班，周六、周日休息。"}
      before={
        <p className="mb-3 flex gap-4 text-sm">
          <Link href="/config/holidays" className="text-brand-700 underline">
            返回节假日管理
          </Link>
          {missing ? (
            <Link href="/config/holidays/new" className="text-brand-700 underline">
              新增年度
            </Link>
          ) : null}
        </p>
      }
    >
      <Table head={["日期", "星期", "安排", "名称", "文号", "来源", "修正说明", "操作"]}>
        {rows.map((day) => (
          <tr key={day.date} className="border-b" data-testid="calendar-day-row">
            <td className="p-2">{day.date}</td>
            <td className="p-2">{weekdayName(day.date)}</td>
            <td className="p-2">{kindLabel(day)}</td>
            <td className="p-2">{day.name}</td>
            <td className="p-2">{day.noticeNumber ?? "—"}</td>
            <td className="p-2">{SOURCE_LABELS[day.source]}</td>
            <td className="p-2">{correctionText(day)}</td>
            <td className="p-2">
              <span className="flex flex-wrap items-start gap-2">
                <Link href={`/config/holidays/correct?date=${day.date}`} className="py-1 text-brand-700 underline" aria-label={`修正 ${day.date}`}>
                  修正
                </Link>
                {day.correction ? (
                  <RowAction
                    action={revokeCalendarCorrectionAction}
                    payload={{ date: day.date, version: day.correction.version }}
                    label="撤销修正"
                    ariaLabel={`撤销修正 ${day.date}`}
                  />
                ) : null}
              </span>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
