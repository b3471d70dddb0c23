import type { Metadata } from "next";
import { requirePerson } from "@/lib/auth/session";
import { getMyDeclarationOr404 } from "@/lib/declarations/get-my-declaration";
import { loadFormContext } from "@/lib/declarations/form-context";
import { canMove, STATUS_LABELS } from "@/lib/declarations/state-machine";
import { PageTitle } from "@/components/ui/page-title";
import { DeclarationForm } from "@/components/declarations/declaration-form";

export const metadata: Metadata = { title: "补充申报材料" };

export default async function SupplementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePerson();
  const d = await getMyDeclarationOr404({ applicantId: actor.userId, id: (await params).id });
  const trail = ["职称评审子系统", "职称申报评审管理", "补充申报材料"];
  if (!canMove("resubmitSupplement", d.status)) {
    return (
      <div>
        <PageTitle title="补充申报材料" trail={trail} />
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">该申报当前状态为「{STATUS_LABELS[d.status]}」，无需补充材料</p>
      </div>
    );
  }
  const { rounds, person } = await loadFormContext(actor);
  return (
    <div>
      <PageTitle title="补充申报材料" trail={trail} />
      <p className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="supplement-note">
        需补充：{d.supplementNote}
        {d.supplementDeadline ? `；补正期限：${d.supplementDeadline}` : ""}。只能修改要求补充的部分，补充后点击“保存”，再在补充申报材料列表中点击“提交”。
      </p>
      <DeclarationForm
        rounds={rounds}
        person={person}
        initial={d.form}
        declaration={{ id: d.id, version: d.version }}
        doneHref="/title/supplements"
        editable={d.supplementSections}
      />
    </div>
  );
}
