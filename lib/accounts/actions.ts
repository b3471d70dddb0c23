"use server";

import { personAction, runAction } from "@/lib/action";
import {
  accountNameSchema,
  accountStatusSchema,
  addApplicantSchema,
  bindUnitSchema,
  changePasswordSchema,
  idSchema,
  registerPersonSchema,
  roleChangeSchema,
  type ChangePasswordInput,
  type RegisterPersonInput,
} from "@/lib/accounts/schemas";
import { changePassword } from "@/lib/accounts/change-password";
import { createApplicantAccount } from "@/lib/accounts/create-applicant-account";
import { decideBinding } from "@/lib/accounts/decide-binding";
import { exitAccount } from "@/lib/accounts/exit-account";
import { grantRole } from "@/lib/accounts/grant-role";
import { registerPerson } from "@/lib/accounts/register-person";
import { requestBinding } from "@/lib/accounts/request-binding";
import { revokeRole } from "@/lib/accounts/revoke-role";
import { setAccountStatus } from "@/lib/accounts/set-account-status";
import { updateAccountName } from "@/lib/accounts/update-account-name";
import { reissueSession } from "@/lib/auth/reissue-session";
import { requirePerson } from "@/lib/auth/session";
import { forbidden } from "@/lib/errors";
import { clientIp } from "@/lib/request-ip";

export async function registerPersonAction(input: RegisterPersonInput) {
  const ip = await clientIp();
  return runAction(registerPersonSchema, input, (data) => registerPerson({ input: data, ip }), "注册成功，请使用身份证号和密码登录");
}

export async function changePasswordAction(input: ChangePasswordInput) {
  const actor = await requirePerson({ allowPendingPasswordChange: true });
  const ip = await clientIp();
  return runAction(
    changePasswordSchema,
    input,
    async (data) => {
      const { sessionVersion } = await changePassword({ actor, ip, input: data });
      await reissueSession({ sessionVersion });
    },
    "密码修改成功",
  );
}

export async function requestBindingAction(input: unknown) {
  return personAction(bindUnitSchema, input, ({ actor, ip, data }) => requestBinding({ actor, ip, input: data }), "绑定申请已提交，请等待单位确认接收");
}

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

export async function addApplicantAction(input: unknown) {
  return personAction(
    addApplicantSchema,
    input,
    ({ actor, ip, data }) => {
      // The account joins the unit the handler works for; createApplicantAccount checks the permission there.
      if (!actor.unitId) throw forbidden();
      return createApplicantAccount({ actor, ip, unitId: actor.unitId, input: data });
    },
    "个人账号已创建，初始密码为123@abc，首次登录须修改密码",
  );
}
