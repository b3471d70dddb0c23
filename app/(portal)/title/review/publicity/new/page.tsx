import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listQueue } from "@/lib/review/list-queue";
import { publicityCalendar } from "@/lib/publicity-calendar";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { PublicityForm } from "@/components/review/publicity-form";

export const metadata: Metadata = { title: "新增公示" };

export default async function NewPublicityPage() {
  const actor = await requirePermission("publicity.manage");
  const today = formatShanghai(new Date(), "yyyy-MM-dd");
  const [candidates, calendar] = await Promise.all([listQueue({ actor, key: "publicity", filter: { page: 1 }, pageSize: 500 }), publicityCalendar(today)]);
  return (
    <div>
      <PageTitle title="新增公示" trail={["职称评审子系统", "职称申报评审管理", "申报公示", "新增"]} />
      <PublicityForm
        today={today}
        calendar={calendar}
        candidates={candidates.rows.map((r) => ({ id: r.id, applicantName: r.applicantName, idNumberMasked: r.idNumberMasked, titleName: r.titleName }))}
      />
    </div>
  );
}
