import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { listPublicities } from "@/lib/review/get-publicity";
import { PUBLICITY_STATUS_LABELS } from "@/lib/review/publicity-labels";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "申报公示" };

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export default async function PublicitiesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("publicity.manage");
  const { page } = pageSchema.parse(await searchParams);
  const list = await listPublicities({ actor, page });
  return (
    <ListPage
      title="申报公示"
      trail={["职称评审子系统", "职称申报评审管理", "申报公示"]}
      list={list}
      params={{}}
      intro="通过单位内部核验的申报人须经公示：公示结束日期由系统按公示起始日期和公示天数扣除节假日自动计算，公示期不少于5个工作日；公示期满后点击“完成公示”。"
      filters={
        <div className="mb-3">
          <Link href="/title/review/publicity/new" className="inline-flex rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            新增
          </Link>
        </div>
      }
    >
      <Table head={["公示标题", "公示期", "工作日", "人数", "状态", "操作"]} caption="公示列表">
        {list.rows.length === 0 ? (
          <tr>
            <td colSpan={6} className="p-4 text-center text-slate-500">
              暂无公示
            </td>
          </tr>
        ) : null}
        {list.rows.map((p) => (
          <tr key={p.id} className="border-b border-slate-100" data-testid="publicity-row">
            <td className="p-2">{p.title}</td>
            <td className="whitespace-nowrap p-2">
              {p.startDate} 至 {p.endDate}
            </td>
            <td className="p-2">{p.workingDays}</td>
            <td className="p-2">{p._count.declarations}</td>
            <td className="p-2">{PUBLICITY_STATUS_LABELS[p.status]}</td>
            <td className="p-2">
              <Link href={`/title/review/publicity/${p.id}`} className="text-brand-700 underline" aria-label={`详情 ${p.title}`}>
                详情
              </Link>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
