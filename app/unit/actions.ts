"use server";

import { runAction } from "@/lib/action";
import { requireUnitLogin } from "@/lib/auth/session";
import { clientIp } from "@/lib/request-ip";
import { designateAdminSchema, unitInfoSchema } from "@/lib/units/schemas";
import { designateAdmin } from "@/lib/units/designate-admin";
import { updateUnitInfo } from "@/lib/units/update-unit-info";

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
