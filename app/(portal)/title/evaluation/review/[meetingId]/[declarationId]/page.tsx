import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { getExpertDeclaration } from "@/lib/evaluation/get-expert-declaration";
import { AppError } from "@/lib/errors";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { PageTitle } from "@/components/ui/page-title";
import { DeclarationView } from "@/components/declarations/declaration-view";

export const metadata: Metadata = { title: "申报材料" };

export default async function ExpertDeclarationPage({ params }: { params: Promise<{ meetingId: string; declarationId: string }> }) {
  const actor = await requirePermission("evaluation.review");
  const { meetingId, declarationId } = await params;
  const detail = await getExpertDeclaration({ actor, meetingId, declarationId }).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="flex flex-col gap-4">
      <PageTitle title={`${detail.applicant.name}的申报材料`} trail={["职称评审子系统", "评审管理", "在线评审", "查看"]} />
      <p className="text-sm text-slate-600">
        {detail.unitName}；{detail.applicant.idNumberMasked}；{detail.roundName}；{LEVEL_LABELS[detail.level]} {detail.titleName}
      </p>
      <DeclarationView form={detail.form} />
      <Link href="/title/evaluation/review" className="text-brand-700 underline">
        返回在线评审
      </Link>
    </div>
  );
}
