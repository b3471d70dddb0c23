"use server";

import { redirect } from "next/navigation";
import { personAction } from "@/lib/action";
import { ADMIN_CHANGED_PARAM } from "@/lib/units/admin-change-notice";
import { idSchema, rejectSchema } from "@/lib/accounts/schemas";
import { createSubUnitSchema, designateAdminSchema, superiorRequestSchema, unitInfoSchema } from "@/lib/units/schemas";
import { createSubUnit } from "@/lib/units/create-sub-unit";
import { decideSuperior } from "@/lib/units/decide-superior";
import { designateAdmin } from "@/lib/units/designate-admin";
import { requestSuperior } from "@/lib/units/request-superior";
import { updateUnitInfo } from "@/lib/units/update-unit-info";

export async function updateUnitInfoAction(input: unknown) {
  return personAction(unitInfoSchema, input, ({ actor, ip, data }) => updateUnitInfo({ actor, ip, input: data }), "单位信息已保存");
}

export async function designateAdminAction(input: unknown) {
  return personAction(
    designateAdminSchema,
    input,
    async ({ actor, ip, data }) => {
      const changed = await designateAdmin({ actor, ip, input: data });
      // The old admin can no longer see the unit's page: home, which says what was done (adminChangeNotice).
      if (changed.previousAdminId === actor.userId) redirect(`/?${ADMIN_CHANGED_PARAM}=${encodeURIComponent(data.unitId)}`);
      return changed;
    },
    (_data, changed) => `管理员已更换为${changed.name}（${changed.idNumberMasked}）`,
  );
}

export async function requestSuperiorAction(input: unknown) {
  return personAction(superiorRequestSchema, input, ({ actor, ip, data }) => requestSuperior({ actor, ip, input: data }), "归口申请已提交，请等待上级单位审核");
}

export async function approveSuperiorAction(input: unknown) {
  return personAction(idSchema, input, ({ actor, ip, data }) => decideSuperior({ actor, ip, id: data.id, approve: true }), "已通过，单位归口关系已建立");
}

export async function rejectSuperiorAction(input: unknown) {
  return personAction(rejectSchema, input, ({ actor, ip, data }) => decideSuperior({ actor, ip, id: data.id, approve: false, reason: data.reason }), "已不通过");
}

export async function createSubUnitAction(input: unknown) {
  return personAction(createSubUnitSchema, input, ({ actor, ip, data }) => createSubUnit({ actor, ip, input: data }), "下级单位已创建");
}
