import type { Role } from "@/lib/db/generated/enums";

// Separation of duties (账号使用手册 2024): pure rules, one message each, so every refusal says exactly why.

export const REFUSALS = {
  notBound: "该账号未绑定本单位，请先完成绑定单位并由本单位确认接收",
  inProgress: "该账号有正在进行中的职称申报，申报期间不能成为单位经办员或管理员",
  adminNotHandler: "单位管理员不能办理职称业务，不能授予职称经办角色；如需改为经办，请先更换管理员",
  handlerNotAdmin: "该账号已担任职称经办，请先解绑经办角色后再指定为管理员",
  adminViaChange: "单位管理员须通过“更换管理员”指定",
  disabled: "该账号已被禁用，请先启用",
  alreadyHeld: "该账号已拥有此角色",
  newAdminElsewhere: "新管理员已绑定其他单位，只能指定本单位的账号或未绑定单位的账号",
  sameAdmin: "该账号已是本单位管理员",
  onlyCurrentAdmin: "只能由本单位原管理员指定新管理员",
  noAdminAskSuperior: "本单位没有管理员，请由上级单位管理员指定",
  noAdminAskBureau: "本单位没有管理员且未关联上级单位，请由所在行政区划的人社部门管理员指定",
  adminExists: "本单位已有管理员，更换管理员须由原管理员在“单位基础信息管理”中操作",
} as const;

type Candidate = { unitId: string | null; status: "ACTIVE" | "DISABLED"; roles: Role[]; declarationInProgress: boolean };

/** Roles granted through 账号角色管理 (the admin role is given only by 更换管理员 / 指定管理员). */
export function roleGrantRefusal(opts: { role: Role; unitId: string; candidate: Candidate }): string | null {
  const { role, unitId, candidate } = opts;
  if (role === "UNIT_ADMIN") return REFUSALS.adminViaChange;
  if (candidate.unitId !== unitId) return REFUSALS.notBound;
  if (candidate.status === "DISABLED") return REFUSALS.disabled;
  if (candidate.roles.includes(role)) return REFUSALS.alreadyHeld;
  if (role === "UNIT_HANDLER" && candidate.roles.includes("UNIT_ADMIN")) return REFUSALS.adminNotHandler;
  if (role === "UNIT_HANDLER" && candidate.declarationInProgress) return REFUSALS.inProgress;
  return null;
}

/** The person who is to become a unit's admin. */
export function newAdminRefusal(opts: { unitId: string; currentAdminId: string | null; candidateId: string; candidate: Candidate }): string | null {
  const { candidate } = opts;
  if (opts.candidateId === opts.currentAdminId) return REFUSALS.sameAdmin;
  if (candidate.unitId !== null && candidate.unitId !== opts.unitId) return REFUSALS.newAdminElsewhere;
  if (candidate.status === "DISABLED") return REFUSALS.disabled;
  if (candidate.roles.includes("UNIT_HANDLER")) return REFUSALS.handlerNotAdmin;
  if (candidate.declarationInProgress) return REFUSALS.inProgress;
  return null;
}

/**
 * Who may designate a unit's admin: its current admin; the direct superior's admin (指定或修改下级单位的管理员);
 * when it has neither admin nor superior, an admin of the HR bureau of its region; the unit's own login only
 * for the first admin.
 */
export function adminDesignatorRefusal(opts: {
  via: "person" | "unitLogin";
  hasAdmin: boolean;
  isCurrentAdmin: boolean;
  isSuperiorAdmin: boolean;
  hasSuperior: boolean;
  isRegionBureauAdmin: boolean;
}): string | null {
  if (opts.via === "unitLogin") return opts.hasAdmin ? REFUSALS.adminExists : null;
  if (opts.isCurrentAdmin || opts.isSuperiorAdmin) return null;
  if (opts.hasAdmin) return REFUSALS.onlyCurrentAdmin;
  if (opts.hasSuperior) return REFUSALS.noAdminAskSuperior;
  return opts.isRegionBureauAdmin ? null : REFUSALS.noAdminAskBureau;
}
