import type { Metadata } from "next";
import { requireAnyPermission } from "@/lib/auth/session";
import { FILING_TABS, listFilings, type FilingTab } from "@/lib/evaluation/list-filings";
import { listQuerySchema } from "@/lib/list-query";
import { formatShanghai } from "@/lib/time";
import { FilingList } from "@/components/evaluation/filing-list";

export const metadata: Metadata = { title: "评审权备案审核" };

export default async function FilingReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAnyPermission("filing.deptReview", "filing.approve");
  const params = await searchParams;
  const { q, page } = listQuerySchema.parse(params);
  const tab = (FILING_TABS.find((t) => t.key === params.tab)?.key ?? "todo") as FilingTab;
  const list = await listFilings({ actor, tab, q, page, today: formatShanghai(new Date(), "yyyy-MM-dd") });
  return <FilingList title="评审权备案审核" href="/title/evaluation/filing-review" tabs={FILING_TABS} tab={tab} list={list} q={q} />;
}
