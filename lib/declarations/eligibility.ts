import { mayApply, type PersonActor } from "@/lib/auth/permissions";

/** Why this person may not create a declaration, or null when they may. */
export function applyRefusal(actor: PersonActor): string | null {
  if (!mayApply(actor)) return "单位管理员和职称经办人员不能申报职称，如需申报请先由单位管理员解除您的角色";
  if (!actor.unitId) return "您尚未绑定单位，请先绑定单位并经单位确认接收后再申报";
  return null;
}
