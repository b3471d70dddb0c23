"use server";

import { personAction } from "@/lib/action";
import { idSchema, rejectSchema } from "@/lib/accounts/schemas";
import { revealContactMobile } from "@/lib/units/reveal-contact-mobile";
import { reviewRegistration } from "@/lib/units/review-registration";

export async function approveRegistrationAction(input: unknown) {
  return personAction(idSchema, input, ({ actor, ip, data }) => reviewRegistration({ actor, ip, unitId: data.id, approve: true }), "已审核通过，已短信通知联系人");
}

export async function rejectRegistrationAction(input: unknown) {
  return personAction(rejectSchema, input, ({ actor, ip, data }) => reviewRegistration({ actor, ip, unitId: data.id, approve: false, reason: data.reason }), "已审核不通过，已短信通知联系人");
}

export async function revealContactMobileAction(input: unknown) {
  return personAction(idSchema, input, ({ actor, ip, data }) => revealContactMobile({ actor, ip, unitId: data.id }));
}
