"use server";

import { revalidatePath } from "next/cache";
import { formDataObject, personAction } from "@/lib/action";
import { fileOf } from "@/lib/storage/form-file";
import { submitFiling } from "@/lib/evaluation/submit-filing";
import { reviewFiling } from "@/lib/evaluation/review-filing";
import { inviteExpert } from "@/lib/evaluation/invite-expert";
import { updateExpertProfile } from "@/lib/evaluation/update-expert-profile";
import { drawCommitteeForFiling } from "@/lib/evaluation/draw-committee-for-filing";
import { drawSchema, expertProfileSchema, filingReviewSchema, filingSchema, inviteExpertSchema } from "@/lib/evaluation/schemas";

// Thin entry points of the evaluation screens: validate, call the business function (which authorizes), refresh.

function done<T extends { ok: boolean }>(res: T) {
  if (res.ok) revalidatePath("/title/evaluation", "layout");
  return res;
}

export async function submitFilingAction(formData: FormData) {
  const document = await fileOf(formData, "document");
  return done(await personAction(filingSchema, formDataObject(formData), async ({ actor, ip, data }) => (await submitFiling({ actor, ip, input: data, document })).id, "已提交备案"));
}

export async function reviewFilingAction(input: unknown) {
  return done(await personAction(filingReviewSchema, input, ({ actor, ip, data }) => reviewFiling({ actor, ip, input: data }), "审核完成"));
}

export async function inviteExpertAction(input: unknown) {
  return done(
    await personAction(inviteExpertSchema, input, async ({ actor, ip, data }) => {
      const { accountCreated } = await inviteExpert({ actor, ip, input: data });
      return accountCreated;
    }, "已加入专家库"),
  );
}

export async function updateExpertProfileAction(input: unknown) {
  return done(await personAction(expertProfileSchema, input, ({ actor, ip, data }) => updateExpertProfile({ actor, ip, input: data }), "保存成功"));
}

export async function drawCommitteeAction(input: unknown) {
  return done(await personAction(drawSchema, input, async ({ actor, ip, data }) => (await drawCommitteeForFiling({ actor, ip, input: data })).id, "已抽取评委会"));
}
