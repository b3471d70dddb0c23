import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { myExpertProfiles } from "@/lib/evaluation/my-expert-profiles";
import { PageTitle } from "@/components/ui/page-title";
import { SchemaForm } from "@/components/ui/schema-form";
import { updateExpertProfileAction } from "@/lib/evaluation/actions";

export const metadata: Metadata = { title: "专家个人信息维护" };

const FIELDS = [
  { name: "id", label: "", type: "hidden" as const },
  { name: "specialty", label: "专业" },
  { name: "title", label: "职称" },
  { name: "workUnitName", label: "工作单位" },
  { name: "contact", label: "联系方式" },
  { name: "recuseUnitNames", label: "回避单位", type: "textarea" as const, hint: "每行一个单位的准确名称；这些单位的申报人您看不到也不能投票", required: false },
  { name: "recuseIdNumbers", label: "回避人员身份证号", type: "textarea" as const, hint: "每行一个身份证号", required: false },
];

export default async function ExpertProfilePage() {
  const actor = await requirePermission("expert.profile");
  const profiles = await myExpertProfiles({ actor });
  return (
    <div className="flex flex-col gap-4">
      <PageTitle title="专家个人信息维护" trail={["职称评审子系统", "评审管理", "专家个人信息维护"]} />
      {profiles.map((p) => (
        <section key={p.id} aria-label={`${p.poolUnitName}专家库`} className="rounded border border-slate-200 p-4">
          <h2 className="mb-1 font-medium">{p.poolUnitName}专家库</h2>
          <p className="mb-3 text-sm text-slate-600">
            聘期：{p.termStart} 至 {p.termEnd}
          </p>
          <SchemaForm
            schema="expertProfile"
            action={updateExpertProfileAction}
            fields={FIELDS}
            defaults={{ id: p.id, specialty: p.specialty, title: p.title, workUnitName: p.workUnitName, contact: p.contact, recuseUnitNames: p.recuseUnitNames.join("\n"), recuseIdNumbers: p.recuseIdNumbers.join("\n") }}
            submitLabel="保存"
            className="grid gap-x-4 sm:grid-cols-2"
          />
        </section>
      ))}
      {profiles.length === 0 ? <p className="text-sm text-slate-600">您尚未被邀请加入任何专家库。</p> : null}
    </div>
  );
}
