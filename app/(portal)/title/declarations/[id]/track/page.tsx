import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePerson } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getTimeline } from "@/lib/declarations/get-timeline";
import { currentStage } from "@/lib/declarations/state-machine";
import { PageTitle } from "@/components/ui/page-title";
import { StatusBadge } from "@/components/declarations/status-badge";
import { Timeline } from "@/components/declarations/timeline";

export const metadata: Metadata = { title: "跟踪" };

export default async function TrackPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ back?: string }> }) {
  const actor = await requirePerson();
  const { declaration, events } = await getTimeline({ actor, id: (await params).id }).catch((e) => {
    if (e instanceof AppError) notFound();
    throw e;
  });
  const { back } = await searchParams;
  const backHref = back?.startsWith("/title/") ? back : "/title/declarations";
  const { stage, holder } = currentStage(declaration);
  return (
    <div>
      <PageTitle title="跟踪" trail={["职称评审子系统", "职称申报评审管理", "跟踪"]} />
      <p className="mb-1 text-sm">
        {declaration.roundName} · {declaration.titleName} · 当前状态 <StatusBadge status={declaration.status} />
      </p>
      <dl className="mb-4 grid grid-cols-[6rem_1fr] gap-y-1 rounded bg-slate-50 p-3 text-sm" data-testid="current-stage">
        <dt className="text-slate-500">当前环节</dt>
        <dd>{stage}</dd>
        <dt className="text-slate-500">办理单位</dt>
        <dd>{holder}</dd>
        {declaration.supplementNote ? (
          <>
            <dt className="text-slate-500">需补充</dt>
            <dd>{declaration.supplementNote}</dd>
          </>
        ) : null}
      </dl>
      <Timeline events={events} />
      <Link href={backHref} className="mt-4 inline-block text-sm text-brand-700 underline">
        返回列表
      </Link>
    </div>
  );
}
