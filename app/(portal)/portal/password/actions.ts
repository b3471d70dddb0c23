"use server";

import { runAction } from "@/lib/action";
import { changePassword } from "@/lib/accounts/change-password";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/accounts/schemas";
import { requirePerson } from "@/lib/auth/session";
import { reissueSession } from "@/lib/auth/reissue-session";
import { clientIp } from "@/lib/request-ip";

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
