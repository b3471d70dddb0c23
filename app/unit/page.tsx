import type { Metadata } from "next";
import { requireUnitLogin } from "@/lib/auth/session";
import { getUnitHome } from "@/lib/units/get-unit-home";
import { UNIT_KIND_LABELS } from "@/lib/units/schemas";
import { PageTitle } from "@/components/ui/page-title";
import { UnitInfoForm } from "@/components/units/unit-info-form";
import { SchemaForm } from "@/components/ui/schema-form";
import { maskIdNumber } from "@/lib/validation/id-number";
import { unitDesignateAdminAction, unitUpdateInfoAction } from "@/lib/units/actions";

export const metadata: Metadata = { title: "单位账号" };

export default async function UnitHomePage() {
  const actor = await requireUnitLogin();
  const { unit, admin } = await getUnitHome(actor);
  return (
    <div className="flex flex-col gap-6">
      <section className="rounded bg-white p-6 shadow-sm">
        <PageTitle title="单位基本信息" />
        <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          <dt className="text-slate-500">单位名称</dt>
          <dd>{unit.name}</dd>
          <dt className="text-slate-500">统一社会信用代码</dt>
          <dd>{unit.uscc}</dd>
          <dt className="text-slate-500">单位类型</dt>
          <dd>{UNIT_KIND_LABELS[unit.kind]}</dd>
          <dt className="text-slate-500">所在行政区划</dt>
          <dd>{unit.region.name}</dd>
          <dt className="text-slate-500">上级单位</dt>
          <dd>{unit.superior?.name ?? "未关联（请管理员在“单位基础信息管理”中发起归口申请）"}</dd>
          <dt className="text-slate-500">单位管理员</dt>
          <dd data-testid="unit-admin">{admin ? `${admin.name}（${maskIdNumber(admin.idNumber)}）` : "未指定"}</dd>
        </dl>
      </section>
      <section className="rounded bg-white p-6 shadow-sm">
        <h2 className="mb-3 text-lg font-semibold">维护单位信息</h2>
        <UnitInfoForm unit={unit} action={unitUpdateInfoAction} />
      </section>
      {admin ? null : (
        <section className="rounded bg-white p-6 shadow-sm">
          <h2 className="mb-1 text-lg font-semibold">指定管理员</h2>
          <p className="mb-3 text-sm text-slate-600">请输入已完成个人注册的管理员本人的身份证号。指定后，管理员请从“个人登录”处登录。</p>
          <SchemaForm
            schema="designateAdmin"
            action={unitDesignateAdminAction}
            fields={[{ name: "unitId", label: "", type: "hidden" }, { name: "idNumber", label: "管理员身份证号" }]}
            defaults={{ unitId: unit.id, idNumber: "" }}
            submitLabel="确认"
          />
        </section>
      )}
    </div>
  );
}
