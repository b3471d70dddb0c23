import { z } from "zod";
import { LEVELS } from "@/lib/declarations/schemas";
import { idNumberField, listField, multilineTextField, optionalPersonNameField, plainDateField, plainDateTimeField, recordIdField, textField } from "@/lib/validation/fields";
import { publicitySchema } from "@/lib/review/schemas";
import { expertTermProblem, filingValidityProblem } from "./rules";
import type { CommitteeRole } from "@/lib/db/generated/enums";

// The evaluation stage's forms: one schema each for the form and the action.

const plainDate = (label: string) => plainDateField(`请选择${label}`);
/** One item a line (or separated by commas); a list is taken as its lines, as a form resolver may pass it on. */
const lines = z
  .preprocess((v) => (Array.isArray(v) ? v.join("\n") : v), multilineTextField().max(4000, { message: "内容过长，不能超过4000个字符", abort: true }))
  .transform((v) => [...new Set(v.split(/[\n,，、;；]/).map((s) => s.trim()).filter(Boolean))]);

export const APPLICANT_SCOPE_LABELS = { OWN_STAFF: "本单位人员", REGION: "指定行政区划", UNITS: "指定单位" } as const;

export const filingSchema = z
  .object({
    seriesId: textField().min(1, "请选择系列").max(40),
    specialty: textField().trim().max(50, "专业不能超过50个字"),
    level: z.enum(LEVELS as [(typeof LEVELS)[number]], "请选择级别"),
    applicantScope: z.enum(["OWN_STAFF", "REGION", "UNITS"], "请选择评审范围"),
    scopeRegionCode: textField().max(12),
    scopeUnitNames: lines,
    committeeName: textField().trim().min(1, "请填写评委会名称").max(100, "评委会名称不能超过100个字"),
    validFrom: plainDate("有效期开始日期"),
    validTo: plainDate("有效期结束日期"),
  })
  .superRefine((f, ctx) => {
    const problem = filingValidityProblem({ validFrom: f.validFrom, validTo: f.validTo });
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["validTo"] });
    if (f.applicantScope === "REGION" && !f.scopeRegionCode) ctx.addIssue({ code: "custom", message: "请选择行政区划", path: ["scopeRegionCode"] });
    if (f.applicantScope === "UNITS" && f.scopeUnitNames.length === 0) {
      ctx.addIssue({ code: "custom", message: "请填写评审范围内的单位名称", path: ["scopeUnitNames"] });
    }
  });
export type FilingInput = z.input<typeof filingSchema>;
export type FilingValues = z.output<typeof filingSchema>;

export const filingReviewSchema = z
  .object({
    id: recordIdField,
    version: z.coerce.number().int().min(0).max(2_147_483_647),
    pass: z.enum(["true", "false"]).transform((v) => v === "true"),
    opinion: multilineTextField().trim().max(500, "意见不能超过500个字"),
  })
  .refine((r) => r.pass || r.opinion.length > 0, { message: "不通过须填写意见", path: ["opinion"] });
export type FilingReviewValues = z.output<typeof filingReviewSchema>;

const expertProfileShape = {
  specialty: textField().trim().min(1, "请填写专业").max(50, "专业不能超过50个字"),
  title: textField().trim().min(1, "请填写职称").max(50, "职称不能超过50个字"),
  workUnitName: textField().trim().min(1, "请填写工作单位").max(100, "工作单位不能超过100个字"),
  contact: textField().trim().min(1, "请填写联系方式").max(50, "联系方式不能超过50个字"),
};

export const inviteExpertSchema = z
  .object({
    idNumber: idNumberField,
    name: optionalPersonNameField,
    ...expertProfileShape,
    termStart: plainDate("聘期开始日期"),
    termEnd: plainDate("聘期结束日期"),
  })
  .superRefine((e, ctx) => {
    const problem = expertTermProblem({ termStart: e.termStart, termEnd: e.termEnd });
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["termEnd"] });
  });
export type InviteExpertInput = z.input<typeof inviteExpertSchema>;
export type InviteExpertValues = z.output<typeof inviteExpertSchema>;

/** 专家个人信息维护: the profile and the declared conflicts (单位名称 and 身份证号, one a line). */
export const expertProfileSchema = z.object({
  id: recordIdField,
  ...expertProfileShape,
  recuseUnitNames: lines,
  recuseIdNumbers: lines,
});
export type ExpertProfileInput = z.input<typeof expertProfileSchema>;
export type ExpertProfileValues = z.output<typeof expertProfileSchema>;

export const drawSchema = z.object({
  filingId: textField().min(1, "请选择评审权备案").max(40),
  size: z.coerce.number("请填写评委会人数").int("请填写评委会人数").min(1, "请填写评委会人数").max(999),
  groupCount: z.coerce.number("请填写评议组数").int("请填写评议组数").min(1, "请填写评议组数").max(50),
});
export type DrawValues = z.output<typeof drawSchema>;

const id = recordIdField;

export const meetingSchema = z.object({
  roundId: textField().min(1, "请选择申报批次").max(40),
  name: textField().trim().min(1, "请填写会议名称").max(100, "会议名称不能超过100个字"),
});
export type MeetingValues = z.output<typeof meetingSchema>;

export const distributeSchema = z.object({ meetingId: id, declarationId: id, groupNo: z.coerce.number("请选择评议组").int().min(1, "请选择评议组").max(50) });
export type DistributeValues = z.output<typeof distributeSchema>;

export const groupOpinionSchema = z.object({
  meetingId: id,
  declarationId: id,
  opinion: multilineTextField().trim().min(1, "请填写评议组意见").max(1000, "评议组意见不能超过1000个字"),
});
export type GroupOpinionValues = z.output<typeof groupOpinionSchema>;

export const openVotingSchema = z.object({
  meetingId: id,
  attendingExpertIds: listField(id, 999, "出席专家过多"),
  voteEnd: plainDateTimeField("请选择投票截止时间"),
});
export type OpenVotingValues = z.output<typeof openVotingSchema>;

export const BALLOT_CHOICE_LABELS = { YES: "同意", NO: "不同意", ABSTAIN: "弃权" } as const;

export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, string> = { CHAIR: "主任委员", GROUP_LEADER: "评议组组长", MEMBER: "委员" };
export const voteSchema = z.object({ meetingId: id, declarationId: id, choice: z.enum(["YES", "NO", "ABSTAIN"], "请选择同意、不同意或弃权") });
export type VoteValues = z.output<typeof voteSchema>;

export const meetingRefSchema = z.object({ meetingId: id });

/** 评审结果公示: the fields of 申报公示, for a tallied meeting's results. */
export const resultPublicitySchema = publicitySchema.omit({ declarationIds: true }).extend({ meetingId: id });
export type ResultPublicityValues = z.output<typeof resultPublicitySchema>;
