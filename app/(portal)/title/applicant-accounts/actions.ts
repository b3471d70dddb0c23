"use server";

import { personAction } from "@/lib/action";
import { addApplicantSchema } from "@/lib/accounts/schemas";
import { createApplicantAccount } from "@/lib/accounts/create-applicant-account";
import { forbidden } from "@/lib/errors";

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
