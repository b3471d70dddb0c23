import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { requireUnitLogin } from "@/lib/auth/session";
import { PageTitle } from "@/components/ui/page-title";
import { maskIdNumber } from "@/lib/validation/id-number";

export const metadata: Metadata = { title: "单位账号" };

export default async function UnitHomePage() {
  const actor = await requireUnitLogin();
  const unit = await db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, include: { region: true } });
  const admin = await db.roleGrant.findFirst({ where: { unitId: unit.id, role: "UNIT_ADMIN" }, include: { user: true } });
  return (
    <div className="rounded bg-white p-6 shadow-sm">
      <PageTitle title="单位基本信息" />
      <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-slate-500">单位名称</dt>
        <dd>{unit.name}</dd>
        <dt className="text-slate-500">统一社会信用代码</dt>
        <dd>{unit.uscc}</dd>
        <dt className="text-slate-500">所在行政区划</dt>
        <dd>{unit.region.name}</dd>
        <dt className="text-slate-500">单位管理员</dt>
        <dd>{admin ? `${admin.user.name}（${maskIdNumber(admin.user.idNumber)}）` : "未指定"}</dd>
      </dl>
    </div>
  );
}
