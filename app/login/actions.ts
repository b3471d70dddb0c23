"use server";

import { z } from "zod";
import { enteredPasswordField, textField } from "@/lib/validation/fields";
import { runAction } from "@/lib/action";
import { sendUnitLoginCode } from "@/lib/auth/send-unit-login-code";
import { clientIp } from "@/lib/request-ip";

const schema = z.object({
  account: textField().trim().min(1, "请输入单位账号").max(64, "单位账号过长"),
  password: enteredPasswordField("请输入密码"),
});

export async function sendUnitLoginCodeAction(input: z.infer<typeof schema>) {
  const ip = await clientIp();
  return runAction(schema, input, async (data) => {
    const { maskedMobile } = await sendUnitLoginCode({ ...data, ip });
    return { maskedMobile };
  });
}
