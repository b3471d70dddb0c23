"use server";

import { personAction } from "@/lib/action";
import { accountNameSchema, accountStatusSchema, idSchema, roleChangeSchema } from "@/lib/accounts/schemas";
import { decideBinding } from "@/lib/accounts/decide-binding";
import { exitAccount } from "@/lib/accounts/exit-account";
import { grantRole } from "@/lib/accounts/grant-role";
import { revokeRole } from "@/lib/accounts/revoke-role";
import { setAccountStatus } from "@/lib/accounts/set-account-status";
import { updateAccountName } from "@/lib/accounts/update-account-name";

export async function acceptBindingAction(input: unknown) {
  return personAction(idSchema, input, ({ actor, ip, data }) => decideBinding({ actor, ip, id: data.id, accept: true }), "已确认接收");
}

export async function rejectBindingAction(input: unknown) {
  return personAction(idSchema, input, ({ actor, ip, data }) => decideBinding({ actor, ip, id: data.id, accept: false }), "已拒绝该绑定申请");
}

export async function exitAccountAction(input: unknown) {
  return personAction(idSchema, input, ({ actor, ip, data }) => exitAccount({ actor, ip, userId: data.id }), "该账号已退出本单位");
}

export async function grantRoleAction(input: unknown) {
  return personAction(roleChangeSchema, input, ({ actor, ip, data }) => grantRole({ actor, ip, input: data }), "角色已绑定");
}

export async function revokeRoleAction(input: unknown) {
  return personAction(roleChangeSchema, input, ({ actor, ip, data }) => revokeRole({ actor, ip, input: data }), "角色已解绑");
}

export async function setAccountStatusAction(input: unknown) {
  return personAction(accountStatusSchema, input, ({ actor, ip, data }) => setAccountStatus({ actor, ip, input: data }), (data) => (data.status === "DISABLED" ? "账号已禁用" : "账号已启用"));
}

export async function updateAccountNameAction(input: unknown) {
  return personAction(accountNameSchema, input, ({ actor, ip, data }) => updateAccountName({ actor, ip, input: data }), "姓名已保存");
}
