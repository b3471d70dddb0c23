import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listFilings, type FilingTab } from "@/lib/evaluation/list-filings";
import { listQuerySchema } from "@/lib/list-query";
import { formatShanghai } from "@/lib/time";
import { FilingList } from "@/components/evaluation/filing-list";

export const metadata: Metadata = { title: "评审权备案" };

const TABS = [
  { key: "all", label: "全部" },
  { key: "filed", label: "已备案" },
] as const;

export default async function FilingsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission("filing.submit");
  const params = await searchParams;
  const { q, page } = listQuerySchema.parse(params);
  const tab: FilingTab = params.tab === "filed" ? "filed" : "all";
  const list = await listFilings({ actor, tab, q, page, today: formatShanghai(new Date(), "yyyy-MM-dd") });
  return (
    <FilingList
      title="评审权备案"
      href="/title/evaluation/filings"
      tabs={TABS}
      tab={tab}
      list={list}
      q={q}
      before={
        <Link href="/title/evaluation/filings/new" className="mb-4 inline-flex rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          新增
        </Link>
      }
    />
  );
}
