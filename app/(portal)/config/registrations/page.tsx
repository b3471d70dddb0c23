import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listRegistrations } from "@/lib/units/list-registrations";
import { listQuerySchema } from "@/lib/list-query";
import { UNIT_KIND_LABELS } from "@/lib/units/schemas";
import { maskIdNumber } from "@/lib/validation/id-number";
import { formatShanghai } from "@/lib/time";
import { RowAction } from "@/components/ui/row-action";
import { SchemaForm } from "@/components/ui/schema-form";
import { ContactMobile } from "@/components/units/contact-mobile";
import { approveRegistrationAction, rejectRegistrationAction, revealContactMobileAction } from "@/lib/units/actions";
import { ListPage } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "单位注册审核" };

export default async function RegistrationReviewPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("unit.registrationReview");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listRegistrations({ actor, query });
  const { rows } = list;
  return (
    <ListPage title="单位注册审核" trail={["系统配置子系统", "单位注册审核"]} list={list} params={{ q: query.q }} searchLabel="单位名称或统一社会信用代码" intro="未能通过市场监管登记信息自动核验的单位注册，由所在行政区划的人社部门人工审核，结果以短信通知单位联系人。">
      <ul className="flex flex-col gap-3">
        {rows.map((u) => (
          <li key={u.id} className="rounded border p-3 text-sm" data-testid="registration">
            <h2 className="font-semibold">{u.name}</h2>
            <dl className="my-2 grid grid-cols-[9rem_1fr] gap-y-1">
              <dt className="text-slate-500">统一社会信用代码</dt><dd>{u.uscc}</dd>
              <dt className="text-slate-500">单位类型</dt><dd>{UNIT_KIND_LABELS[u.kind]}</dd>
              <dt className="text-slate-500">所在行政区划</dt><dd>{u.region.name}</dd>
              <dt className="text-slate-500">法定代表人</dt><dd>{u.legalRepName}（{u.legalRepIdNumber ? maskIdNumber(u.legalRepIdNumber) : ""}）</dd>
              <dt className="text-slate-500">联系人</dt><dd>
                {u.contactName}{" "}
                {u.contactMobile ? <ContactMobile masked={u.contactMobile} unitId={u.id} unitName={u.name} reveal={revealContactMobileAction} /> : null}
              </dd>
              <dt className="text-slate-500">单位地址</dt><dd>{u.address}</dd>
              <dt className="text-slate-500">提交时间</dt><dd>{formatShanghai(u.createdAt, "yyyy-MM-dd HH:mm")}</dd>
              <dt className="text-slate-500">材料</dt>
              <dd className="flex gap-3">
                {u.usccFileId ? <a className="text-brand-700 underline" href={`/config/registrations/files/${u.usccFileId}`} target="_blank">统一社会信用代码证书</a> : null}
                {u.authLetterFileId ? <a className="text-brand-700 underline" href={`/config/registrations/files/${u.authLetterFileId}`} target="_blank">授权书</a> : null}
              </dd>
            </dl>
            <div className="flex flex-wrap items-start gap-4">
              <RowAction action={approveRegistrationAction} payload={{ id: u.id }} label="通过" variant="primary" ariaLabel={`通过 ${u.name}`} />
              <SchemaForm
                schema="reject"
                action={rejectRegistrationAction}
                fields={[{ name: "id", label: "", type: "hidden" }, { name: "reason", label: `不通过原因（${u.name}）` }]}
                defaults={{ id: u.id, reason: "" }}
                submitLabel="不通过"
                className="flex flex-wrap items-end gap-2"
              />
            </div>
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
