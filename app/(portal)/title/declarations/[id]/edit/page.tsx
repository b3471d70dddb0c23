import type { Metadata } from "next";
import { requirePerson } from "@/lib/auth/session";
import { getMyDeclarationOr404 } from "@/lib/declarations/get-my-declaration";
import { loadFormContext } from "@/lib/declarations/form-context";
import { isEditable, STATUS_LABELS } from "@/lib/declarations/state-machine";
import { PageTitle } from "@/components/ui/page-title";
import { DeclarationForm } from "@/components/declarations/declaration-form";

export const metadata: Metadata = { title: "编辑职称申报" };

export default async function EditDeclarationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePerson();
  const d = await getMyDeclarationOr404({ applicantId: actor.userId, id: (await params).id });
  const trail = ["职称评审子系统", "职称申报评审管理", "个人职称申报", "编辑"];
  if (!isEditable(d.status)) {
    return (
      <div>
        <PageTitle title="编辑职称申报" trail={trail} />
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">该申报当前状态为「{STATUS_LABELS[d.status]}」，不能修改</p>
      </div>
    );
  }
  const { rounds, person } = await loadFormContext(actor);
  return (
    <div>
      <PageTitle title="编辑职称申报" trail={trail} />
      <DeclarationForm rounds={rounds} person={person} initial={d.form} declaration={{ id: d.id, version: d.version }} doneHref="/title/declarations" />
    </div>
  );
}
