import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listQuerySchema } from "@/lib/list-query";
import { listCalendarYears } from "@/lib/calendar/list-calendar-years";
import { formatShanghai } from "@/lib/time";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "节假日管理" };

const linkButton = "inline-flex rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800";

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("calendar.manage");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listCalendarYears({ actor, query });
  const { rows } = list;
  return (
    <ListPage
      title="节假日管理"
      trail={["系统配置子系统", "系统配置", "节假日管理"]}
      list={list}
      params={{ q: query.q }}
      searchLabel="年度、通知名称或文号"
      intro="公示期等按工作日计算的期限以此为准：国务院办公厅每年的节假日安排随程序发布；次年通知发布后（每年11月前后）请在此新增年度，个别日期有出入时逐日修正，修正优先。"
      before={
        <div className="mb-4 flex gap-2">
          <Link href="/config/holidays/new" className={linkButton}>
            新增年度
          </Link>
          <Link href="/config/holidays/correct" className={linkButton}>
            修正
          </Link>
        </div>
      }
    >
      <Table head={["年度", "数据来源", "通知名称", "文号", "放假天数", "调休上班", "修正", "操作"]}>
        {rows.map((row) => (
          <tr key={row.year} className="border-b" data-testid="calendar-year-row">
            <td className="p-2">{row.year}</td>
            <td className="p-2">
              {row.notice ? `省人社厅新增（${row.notice.createdByName}，${formatShanghai(row.notice.createdAt, "yyyy-MM-dd")}）` : "国务院办公厅通知（随程序发布）"}
            </td>
            <td className="p-2">{row.notice?.name ?? "—"}</td>
            <td className="p-2">{row.notice?.number ?? "—"}</td>
            <td className="p-2">{row.daysOff}</td>
            <td className="p-2">{row.adjustedWorkdays}</td>
            <td className="p-2">{row.corrections}</td>
            <td className="p-2">
              <Link href={`/config/holidays/${row.year}`} className="text-brand-700 underline" aria-label={`查看 ${row.year}年`}>
                查看
              </Link>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
