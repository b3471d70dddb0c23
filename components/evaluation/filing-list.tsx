import Link from "next/link";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { FILING, FILING_STATUS_LABELS } from "@/lib/evaluation/rules";
import type { FilingTab, listFilings } from "@/lib/evaluation/list-filings";
import { ListPage, Table } from "@/components/ui/list-page";

const TRAIL = ["职称评审子系统", "评审管理"];

/** 评审权备案 (the filing unit) and 评审权备案审核 (department, province): one list, tabs by what the page offers. */
export function FilingList({
  title,
  href,
  tabs,
  tab,
  list,
  q,
  before,
}: {
  title: string;
  href: string;
  tabs: readonly { key: FilingTab; label: string }[];
  tab: FilingTab;
  list: Awaited<ReturnType<typeof listFilings>>;
  q?: string;
  before?: React.ReactNode;
}) {
  return (
    <ListPage
      title={title}
      trail={[...TRAIL, title]}
      list={list}
      params={{ tab, q }}
      searchLabel="评委会名称"
      before={
        <>
          {before}
          <nav aria-label="按状态筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
            {tabs.map((t) => (
              <Link
                key={t.key}
                href={`${href}?tab=${t.key}`}
                aria-current={t.key === tab ? "page" : undefined}
                className={`rounded border px-3 py-1 ${t.key === tab ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 hover:bg-slate-100"}`}
              >
                {t.label}
              </Link>
            ))}
          </nav>
        </>
      }
    >
      <Table head={["评委会名称", "备案单位", "系列／专业", "级别", "有效期", "状态", "操作"]} caption={title}>
        {list.rows.map((f) => (
          <tr key={f.id} className="border-b border-slate-100" data-testid="filing-row">
            <td className="p-2">{f.committeeName}</td>
            <td className="p-2">{f.unitName}</td>
            <td className="p-2">
              {f.seriesName}
              {f.specialty ? `／${f.specialty}` : "（全系列）"}
            </td>
            <td className="p-2">{LEVEL_LABELS[f.level]}</td>
            <td className="p-2">
              {f.validFrom} 至 {f.validTo}
            </td>
            <td className="p-2">{f.status === FILING.approved && f.expired ? "已到期" : FILING_STATUS_LABELS[f.status]}</td>
            <td className="p-2">
              <Link href={`/title/evaluation/filings/${f.id}`} className="text-brand-700 underline" aria-label={`详情 ${f.committeeName}`}>
                详情
              </Link>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
