import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePerson } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getTimeline } from "@/lib/declarations/get-timeline";
import { PageTitle } from "@/components/ui/page-title";
import { StatusBadge } from "@/components/declarations/status-badge";
import { Timeline } from "@/components/declarations/timeline";

export const metadata: Metadata = { title: "跟踪" };

export default async function TrackPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePerson();
  const { declaration, events } = await getTimeline({ actor, id: (await params).id }).catch((e) => {
    if (e instanceof AppError) notFound();
    throw e;
  });
  return (
    <div>
      <PageTitle title="跟踪" trail={["职称评审子系统", "职称申报评审管理", "个人职称申报", "跟踪"]} />
      <p className="mb-3 text-sm">
        {declaration.round.name} · {declaration.titleName} · 当前状态 <StatusBadge status={declaration.status} />
      </p>
      <Timeline events={events} />
      <Link href="/title/declarations" className="mt-4 inline-block text-sm text-brand-700 underline">
        返回申报列表
      </Link>
    </div>
  );
}
