import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePerson } from "@/lib/auth/session";
import { getUnitForEdit } from "@/lib/units/get-unit-for-edit";
import { UNIT_KIND_LABELS } from "@/lib/units/schemas";
import { REQUEST_STATUS_LABELS } from "@/lib/accounts/labels";
import { maskIdNumber } from "@/lib/validation/id-number";
import { PageTitle } from "@/components/ui/page-title";
import { UnitInfoForm } from "@/components/units/unit-info-form";
import { SchemaForm } from "@/components/ui/schema-form";
import { createSubUnitAction, designateAdminAction, requestSuperiorAction, updateUnitInfoAction } from "@/lib/units/actions";

export const metadata: Metadata = { title: "修改单位信息" };

export default async function UnitEditPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePerson();
  const { id } = await params;
  const found = await getUnitForEdit({ actor, id });
  if (!found) notFound();
  const { unit, may, regions } = found;
  const admin = unit.grants[0]?.user;
  const lastRequest = unit.superiorRequests[0];
  return (
    <div className="flex max-w-2xl flex-col gap-8">
      <PageTitle title={`修改单位信息：${unit.name}`} trail={["系统配置子系统", "单位基础信息管理", "修改"]} />
      {may.info ? (
        <section aria-labelledby="unit-info">
          <h2 id="unit-info" className="mb-2 font-semibold">
            单位基础信息
          </h2>
          <p className="mb-2 text-sm text-slate-600">统一社会信用代码：{unit.uscc}；单位类型：{UNIT_KIND_LABELS[unit.kind]}</p>
          <UnitInfoForm unit={unit} action={updateUnitInfoAction} nameHint="修改单位名称须由单位管理员操作" />
        </section>
      ) : null}
      {may.admin ? (
        <section aria-labelledby="unit-admin">
          <h2 id="unit-admin" className="mb-2 font-semibold">
            更换管理员
          </h2>
          <p className="mb-2 text-sm" data-testid="current-admin">当前管理员：{admin ? `${admin.name}（${maskIdNumber(admin.idNumber)}）` : "未指定"}</p>
          <p className="mb-2 text-xs text-slate-500">新管理员须与原管理员在同一单位或未绑定其他单位；保存后原管理员的角色立即取消。</p>
          <SchemaForm
            schema="designateAdmin"
            action={designateAdminAction}
            fields={[{ name: "unitId", label: "", type: "hidden" }, { name: "idNumber", label: "新管理员身份证号" }]}
            defaults={{ unitId: unit.id, idNumber: "" }}
            submitLabel="保存"
            resetOnSuccess
          />
        </section>
      ) : null}
      {may.superior ? (
        <section aria-labelledby="unit-superior">
          <h2 id="unit-superior" className="mb-2 font-semibold">
            主管部门（上级推送节点）
          </h2>
          <p className="mb-2 text-sm">
            当前上级单位：{unit.superior?.name ?? "未关联"}
            {lastRequest ? `；最近申请：${lastRequest.superior.name}（${REQUEST_STATUS_LABELS[lastRequest.status]}）` : ""}
          </p>
          <SchemaForm
            schema="superiorRequest"
            action={requestSuperiorAction}
            fields={[{ name: "unitId", label: "", type: "hidden" }, { name: "superiorName", label: "所属上级单位/主管部门", hint: "请输入上级单位的准确全称" }]}
            defaults={{ unitId: unit.id, superiorName: "" }}
            submitLabel="确定"
            resetOnSuccess
          />
        </section>
      ) : null}
      {may.createSub ? (
        <section aria-labelledby="unit-sub">
          <h2 id="unit-sub" className="mb-2 font-semibold">
            创建下级单位
          </h2>
          <SchemaForm
            schema="createSubUnit"
            action={createSubUnitAction}
            fields={[
              { name: "parentId", label: "", type: "hidden" },
              { name: "name", label: "下级单位名称" },
              { name: "uscc", label: "下级单位统一社会信用代码" },
              { name: "kind", label: "下级单位类型", type: "select", options: Object.entries(UNIT_KIND_LABELS).map(([value, label]) => ({ value, label })) },
              { name: "regionCode", label: "下级单位所在行政区划", type: "select", options: regions.map((r) => ({ value: r.code, label: r.name })) },
              { name: "contactName", label: "下级单位联系人" },
              { name: "contactMobile", label: "下级单位联系人手机号码" },
              { name: "address", label: "下级单位地址" },
            ]}
            defaults={{ parentId: unit.id, name: "", uscc: "", kind: "", regionCode: "", contactName: "", contactMobile: "", address: "" }}
            submitLabel="添加"
            resetOnSuccess
          />
        </section>
      ) : null}
    </div>
  );
}
