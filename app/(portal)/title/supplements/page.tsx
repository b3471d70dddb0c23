import type { Metadata } from "next";
import Link from "next/link";
import { requirePerson } from "@/lib/auth/session";
import { listMyDeclarations } from "@/lib/declarations/list-my-declarations";
import { MOVES } from "@/lib/declarations/state-machine";
import { PageTitle } from "@/components/ui/page-title";
import { RowAction } from "@/components/ui/row-action";
import { OutcomeBoard } from "@/components/ui/decision-outcome";
import { resubmitSupplementAction } from "@/lib/declarations/actions";

export const metadata: Metadata = { title: "补充申报材料" };

export default async function SupplementsPage() {
  const actor = await requirePerson();
  const rows = await listMyDeclarations({ applicantId: actor.userId, statuses: MOVES.resubmitSupplement.from });
  return (
    <div>
      <PageTitle title="补充申报材料" trail={["职称评审子系统", "职称申报评审管理", "补充申报材料"]} />
      {rows.length === 0 ? <p className="text-sm text-slate-500">暂无需要补充材料的申报</p> : null}
      <OutcomeBoard>
        <ul className="flex flex-col gap-3">
          {rows.map((d) => (
            <li key={d.id} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="supplement-row">
              <p className="font-medium">
                {d.round.name} · {d.titleName}
              </p>
              <p className="my-1">需补充：{d.supplementNote ?? "请查看跟踪记录中的审查意见"}</p>
              {d.supplementDeadline ? <p className="my-1">补正期限：{d.supplementDeadline}</p> : null}
              <div className="flex flex-wrap gap-2">
                <Link href={`/title/supplements/${d.id}`} className="inline-flex rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
                  补充材料
                </Link>
                <RowAction label="提交" payload={{ id: d.id }} action={resubmitSupplementAction} variant="primary" />
                <Link href={`/title/declarations/${d.id}/track`} className="inline-flex rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
                  跟踪
                </Link>
              </div>
            </li>
          ))}
        </ul>
      </OutcomeBoard>
    </div>
  );
}
