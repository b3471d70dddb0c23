import type { Metadata } from "next";
import { requirePerson } from "@/lib/auth/session";
import { applyRefusal } from "@/lib/declarations/eligibility";
import { blankForm, loadFormContext } from "@/lib/declarations/form-context";
import { PageTitle } from "@/components/ui/page-title";
import { DeclarationForm } from "@/components/declarations/declaration-form";

export const metadata: Metadata = { title: "新增职称申报" };

export default async function NewDeclarationPage() {
  const actor = await requirePerson();
  const trail = ["职称评审子系统", "职称申报评审管理", "个人职称申报", "新增"];
  const refusal = applyRefusal(actor);
  if (refusal) {
    return (
      <div>
        <PageTitle title="新增职称申报" trail={trail} />
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="apply-refusal">
          {refusal}
        </p>
      </div>
    );
  }
  const { rounds, person, mobile } = await loadFormContext(actor);
  return (
    <div>
      <PageTitle title="新增职称申报" trail={trail} />
      {rounds.length === 0 ? (
        <p className="text-sm">暂无开放的申报批次</p>
      ) : (
        <DeclarationForm rounds={rounds} person={person} initial={blankForm(rounds.length === 1 ? rounds[0].id : "", mobile)} doneHref="/title/declarations" />
      )}
    </div>
  );
}
