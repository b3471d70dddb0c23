import type { Metadata } from "next";
import { requirePerson } from "@/lib/auth/session";
import { getMyProfile } from "@/lib/accounts/get-my-profile";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { BINDING_COMMITMENT } from "@/lib/accounts/schemas";
import { REQUEST_STATUS_LABELS } from "@/lib/accounts/labels";
import { maskIdNumber } from "@/lib/validation/id-number";
import { maskMobile } from "@/lib/validation/mobile";
import { PageTitle } from "@/components/ui/page-title";
import { SchemaForm } from "@/components/ui/schema-form";
import { requestBindingAction } from "@/lib/accounts/actions";

export const metadata: Metadata = { title: "个人资料" };

export default async function ProfilePage() {
  const actor = await requirePerson();
  const me = await getMyProfile(actor);
  const last = me.bindingRequests[0];
  return (
    <div className="max-w-xl">
      <PageTitle title="个人资料" trail={["用户中心", "个人资料"]} />
      <dl className="mb-6 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-slate-500">姓名</dt>
        <dd>{me.name}</dd>
        <dt className="text-slate-500">身份证号</dt>
        <dd>{maskIdNumber(me.idNumber)}</dd>
        <dt className="text-slate-500">手机号码</dt>
        <dd>{me.mobile ? maskMobile(me.mobile) : "—"}</dd>
        <dt className="text-slate-500">现工作单位</dt>
        <dd data-testid="my-unit">{me.unit?.name ?? "未绑定"}</dd>
        <dt className="text-slate-500">角色</dt>
        <dd>{actor.grants.map((g) => ROLE_LABELS[g.role]).join("、") || "申报人"}</dd>
        {last ? (
          <>
            <dt className="text-slate-500">最近绑定申请</dt>
            <dd data-testid="binding-status">
              {last.unit.name}：{REQUEST_STATUS_LABELS[last.status]}
              {last.reason ? `（${last.reason}）` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      {me.unit ? null : (
        <section>
          <h2 className="mb-2 font-semibold">绑定单位</h2>
          <SchemaForm
            schema="bindUnit"
            action={requestBindingAction}
            fields={[
              { name: "unitName", label: "现工作单位名称", hint: "请输入单位的准确全称，不能错一个字" },
              { name: "commitment", label: `个人承诺：${BINDING_COMMITMENT}`, type: "checkbox" },
            ]}
            defaults={{ unitName: "", commitment: false }}
            submitLabel="提交"
          />
        </section>
      )}
    </div>
  );
}
