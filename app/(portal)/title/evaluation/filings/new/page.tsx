import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listSeries } from "@/lib/rounds/list-rounds";
import { listRegions } from "@/lib/units/list-regions";
import { PageTitle } from "@/components/ui/page-title";
import { FilingForm } from "@/components/evaluation/filing-form";

export const metadata: Metadata = { title: "评审权备案" };

export default async function NewFilingPage() {
  await requirePermission("filing.submit");
  const [series, regions] = await Promise.all([listSeries(), listRegions()]);
  return (
    <div>
      <PageTitle title="新增评审权备案" trail={["职称评审子系统", "评审管理", "评审权备案", "新增"]} />
      <FilingForm series={series.map((s) => ({ id: s.id, name: s.name }))} regions={regions} />
    </div>
  );
}
