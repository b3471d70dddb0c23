"use server";

import { revalidatePath } from "next/cache";
import { formDataObject, personAction } from "@/lib/action";
import { fileOf } from "@/lib/storage/form-file";
import { submitFiling } from "@/lib/evaluation/submit-filing";
import { reviewFiling } from "@/lib/evaluation/review-filing";
import { filingReviewSchema, filingSchema } from "@/lib/evaluation/schemas";

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
