import type { Metadata } from "next";
import Link from "next/link";
import { requirePerson } from "@/lib/auth/session";
import { listMyDeclarations } from "@/lib/declarations/list-my-declarations";
import { listOpenRounds } from "@/lib/rounds/list-rounds";
import { applyRefusal } from "@/lib/declarations/eligibility";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { formatWindow } from "@/lib/rounds/window";
import { PageTitle } from "@/components/ui/page-title";
import { DeclarationRow } from "@/components/declarations/declaration-row";
import { Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "个人职称申报" };

export default async function DeclarationsPage() {
  const actor = await requirePerson();
  const [rows, rounds] = await Promise.all([listMyDeclarations({ applicantId: actor.userId }), listOpenRounds()]);
  const refusal = applyRefusal(actor);
  return (
    <div>
      <PageTitle title="个人职称申报" trail={["职称评审子系统", "职称申报评审管理", "个人职称申报"]} />
      <section aria-labelledby="rounds-title" className="mb-4 rounded bg-slate-50 p-3 text-sm">
        <h2 id="rounds-title" className="mb-1 font-medium">可填报的申报批次</h2>
        {rounds.length === 0 ? <p>暂无开放的申报批次</p> : null}
        <ul className="flex flex-col gap-1">
          {rounds.map((r) => (
            <li key={r.id}>
              {r.name}（{r.series.name}）：申报时间为{formatWindow(r)}
            </li>
          ))}
        </ul>
      </section>
      <div className="mb-3">
        {refusal ? (
          <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="apply-refusal">
            {refusal}
          </p>
        ) : (
          <Link href="/title/declarations/new" className="inline-flex rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            新增
          </Link>
        )}
      </div>
      <Table head={["申报批次", "申报级别", "申报职称", "状态", "申报时间", "操作"]} caption="我的申报">
        {rows.length === 0 ? (
          <tr>
            <td colSpan={6} className="p-4 text-center text-slate-500">
              暂无申报记录
            </td>
          </tr>
        ) : null}
        {rows.map((d) => (
          <DeclarationRow
            key={d.id}
            row={{
              id: d.id,
              version: d.version,
              roundName: d.round.name,
              levelLabel: LEVEL_LABELS[d.level],
              titleName: d.titleName,
              status: d.status,
              submittedAt: d.submittedAt,
            }}
          />
        ))}
      </Table>
    </div>
  );
}
