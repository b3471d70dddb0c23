import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { PageTitle } from "@/components/ui/page-title";
import { CalendarYearForm } from "@/components/calendar/calendar-year-form";

export const metadata: Metadata = { title: "新增年度" };

export default async function NewCalendarYearPage() {
  await requirePermission("calendar.manage");
  return (
    <div>
      <PageTitle title="新增年度" trail={["系统配置子系统", "系统配置", "节假日管理", "新增年度"]} />
      <p className="mb-4 text-sm text-slate-600">按国务院办公厅当年的节假日安排通知逐项填写：放假的每一天（含假期中的周六、周日）和调休上班的周六、周日。</p>
      <CalendarYearForm initial={{ year: "", noticeName: "", noticeNumber: "", holidays: "", workdays: "" }} />
    </div>
  );
}
