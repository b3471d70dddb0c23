"use server";

import { redirect } from "next/navigation";
import { fileOf } from "@/lib/storage/form-file";
import { formDataObject, isFormData, NOT_FORM_DATA, personAction, runAction } from "@/lib/action";
import { idSchema, rejectSchema } from "@/lib/accounts/schemas";
import { requireUnitLogin } from "@/lib/auth/session";
import { clientIp } from "@/lib/request-ip";
import { createSubUnitSchema, designateAdminSchema, registerUnitSchema, superiorRequestSchema, unitInfoSchema } from "@/lib/units/schemas";
import { createSubUnit } from "@/lib/units/create-sub-unit";
import { decideSuperior } from "@/lib/units/decide-superior";
import { designateAdmin } from "@/lib/units/designate-admin";
import { ADMIN_CHANGED_PARAM } from "@/lib/units/admin-change-notice";
import { registerUnit } from "@/lib/units/register-unit";
import { requestSuperior } from "@/lib/units/request-superior";
import { revealContactMobile } from "@/lib/units/reveal-contact-mobile";
import { reviewRegistration } from "@/lib/units/review-registration";
import { updateUnitInfo } from "@/lib/units/update-unit-info";

export async function registerUnitAction(formData: FormData) {
  if (!isFormData(formData)) return NOT_FORM_DATA;
  const ip = await clientIp();
  const files = { usccFile: await fileOf(formData, "usccFile"), authLetterFile: await fileOf(formData, "authLetterFile") };
  const legalRepConfirmed = formData.get("legalRepConfirmed") === "true";
  return runAction(registerUnitSchema, formDataObject(formData), (input) => registerUnit({ input, files, legalRepConfirmed, ip }));
}

export async function approveRegistrationAction(input: unknown) {
  return personAction(idSchema, input, ({ actor, ip, data }) => reviewRegistration({ actor, ip, unitId: data.id, approve: true }), "已审核通过，已短信通知联系人");
}

export async function rejectRegistrationAction(input: unknown) {
  return personAction(rejectSchema, input, ({ actor, ip, data }) => reviewRegistration({ actor, ip, unitId: data.id, approve: false, reason: data.reason }), "已审核不通过，已短信通知联系人");
}

export async function revealContactMobileAction(input: unknown) {
  return personAction(idSchema, input, ({ actor, ip, data }) => revealContactMobile({ actor, ip, unitId: data.id }));
}

// The unit login does two things only: maintain its basic info and designate its first admin.

export async function unitUpdateInfoAction(input: unknown) {
  const actor = await requireUnitLogin();
  const ip = await clientIp();
  return runAction(unitInfoSchema, input, (data) => updateUnitInfo({ actor, ip, input: data }), "单位信息已保存");
}

export async function unitDesignateAdminAction(input: unknown) {
  const actor = await requireUnitLogin();
  const ip = await clientIp();
  return runAction(
    designateAdminSchema,
    input,
    (data) => designateAdmin({ actor, ip, input: data }),
    "管理员已指定，请管理员使用“个人登录”登录系统",
  );
}

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
