import type { Metadata } from "next";
import { connection } from "next/server";
import { listRegions } from "@/lib/units/list-regions";
import { PageTitle } from "@/components/ui/page-title";
import { UnitRegistrationForm } from "@/components/units/unit-registration-form";

export const metadata: Metadata = { title: "单位注册" };

export default async function UnitRegistrationPage() {
  await connection();
  const regions = await listRegions();
  return (
    <div>
      <PageTitle title="单位注册" />
      <p className="mb-4 text-sm text-slate-600">
        请确保统一社会信用代码、单位名称、法定代表人姓名等信息准确，系统将与市场监管登记信息自动比对；比对一致并完成法定代表人实人认证后即注册成功，否则转人工审核。
      </p>
      <UnitRegistrationForm regions={regions} />
    </div>
  );
}
