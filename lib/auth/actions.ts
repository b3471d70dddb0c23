"use server";

import type { z } from "zod";
import { runAction } from "@/lib/action";
import { unitLoginSchema } from "@/lib/accounts/schemas";
import { sendUnitLoginCode } from "@/lib/auth/send-unit-login-code";
import { clientIp } from "@/lib/request-ip";

// 获取验证码 checks the account and password the sign-in will check again with the code.
const schema = unitLoginSchema.pick({ account: true, password: true });

export async function sendUnitLoginCodeAction(input: z.infer<typeof schema>) {
  const ip = await clientIp();
  return runAction(schema, input, async (data) => {
    const { maskedMobile } = await sendUnitLoginCode({ ...data, ip });
    return { maskedMobile };
  });
}
