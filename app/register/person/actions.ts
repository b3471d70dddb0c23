"use server";

import { runAction } from "@/lib/action";
import { registerPerson } from "@/lib/accounts/register-person";
import { registerPersonSchema, type RegisterPersonInput } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/request-ip";

export async function registerPersonAction(input: RegisterPersonInput) {
  const ip = await clientIp();
  return runAction(registerPersonSchema, input, (data) => registerPerson({ input: data, ip }), "注册成功，请使用身份证号和密码登录");
}
