"use server";

import { personAction } from "@/lib/action";
import { bindUnitSchema } from "@/lib/accounts/schemas";
import { requestBinding } from "@/lib/accounts/request-binding";

export async function requestBindingAction(input: unknown) {
  return personAction(bindUnitSchema, input, ({ actor, ip, data }) => requestBinding({ actor, ip, input: data }), "绑定申请已提交，请等待单位确认接收");
}
