"use server";

import { fileOf } from "@/lib/storage/form-file";
import { isFormData, NOT_FORM_DATA, personAction, refreshOnSuccess } from "@/lib/action";
import { verifyDeclaration } from "@/lib/review/verify-declaration";
import { reviewRecommendation } from "@/lib/review/review-recommendation";
import { reviewQualification } from "@/lib/review/review-qualification";
import { createPublicity } from "@/lib/review/create-publicity";
import { completePublicity } from "@/lib/review/complete-publicity";
import { recommendDeclarations } from "@/lib/review/recommend-declarations";
import {
  deptReviewSchema,
  publicityRefSchema,
  publicitySchema,
  qualifySchema,
  recommendationSchema,
  rejectSchema,
  supplementSchema,
  verifySchema,
} from "@/lib/review/schemas";

// Thin entry points of the reviewer screens: validate, call the business function (which authorizes), refresh.

const done = refreshOnSuccess("/title/review");

/** The message of a 通过-or-not decision, by the answer the reviewer gave. */
const either = <K extends string>(key: K, yes: string, no: string) => (data: Record<K, boolean>) => (data[key] ? yes : no);

export async function verifyAction(input: unknown) {
  return done(
    await personAction(verifySchema, input, ({ actor, ip, data }) => verifyDeclaration({ actor, ip, ...data }), either("pass", "已核验通过", "已核验不通过，核验意见已退回申报人并短信通知")),
  );
}

export async function deptReviewAction(input: unknown) {
  return done(
    await personAction(deptReviewSchema, input, ({ actor, ip, data }) => reviewRecommendation({ actor, ip, ...data }), either("approve", "已审核通过，已转至人社部门资格性审查", "已退回推荐单位")),
  );
}

export async function qualifyAction(input: unknown) {
  return done(
    await personAction(qualifySchema, input, ({ actor, ip, data }) => reviewQualification({ actor, ip, id: data.id, version: data.version, decision: { kind: "qualify", opinion: data.opinion } }), "已通过资格性审查"),
  );
}

export async function supplementAction(input: unknown) {
  return done(
    await personAction(
      supplementSchema,
      input,
      ({ actor, ip, data }) =>
        reviewQualification({ actor, ip, id: data.id, version: data.version, decision: { kind: "supplement", sections: data.sections, opinion: data.opinion, deadline: data.deadline } }),
      "已退回补充材料，已短信通知申报人",
    ),
  );
}

export async function rejectAction(input: unknown) {
  return done(
    await personAction(rejectSchema, input, ({ actor, ip, data }) => reviewQualification({ actor, ip, id: data.id, version: data.version, decision: { kind: "reject", opinion: data.opinion } }), "已审查不通过，已短信通知申报人"),
  );
}

export async function createPublicityAction(input: unknown) {
  return done(await personAction(publicitySchema, input, async ({ actor, ip, data }) => (await createPublicity({ actor, ip, input: data })).id, "公示已保存"));
}

export async function completePublicityAction(input: unknown) {
  return done(await personAction(publicityRefSchema, input, ({ actor, ip, data }) => completePublicity({ actor, ip, id: data.id }), "已完成公示"));
}


export async function recommendAction(formData: FormData) {
  if (!isFormData(formData)) return NOT_FORM_DATA;
  const input = { note: formData.get("note"), declarationIds: formData.getAll("declarationIds") };
  const files = { integrityFile: await fileOf(formData, "integrityFile"), publicityNoteFile: await fileOf(formData, "publicityNoteFile") };
  return done(
    await personAction(
      recommendationSchema,
      input,
      async ({ actor, ip, data }) => `已上报至${(await recommendDeclarations({ actor, ip, input: data, files })).target.name}`,
    ),
  );
}
