"use server";

import { formDataObject, isFormData, NOT_FORM_DATA, personAction, refreshOnSuccess } from "@/lib/action";
import { fileOf } from "@/lib/storage/form-file";
import { submitFiling } from "@/lib/evaluation/submit-filing";
import { reviewFiling } from "@/lib/evaluation/review-filing";
import { inviteExpert } from "@/lib/evaluation/invite-expert";
import { updateExpertProfile } from "@/lib/evaluation/update-expert-profile";
import { drawCommitteeForFiling } from "@/lib/evaluation/draw-committee-for-filing";
import { createMeeting } from "@/lib/evaluation/create-meeting";
import { distributeMaterials, recordGroupOpinion } from "@/lib/evaluation/distribute-materials";
import { openVoting } from "@/lib/evaluation/open-voting";
import { castVote } from "@/lib/evaluation/cast-vote";
import { tallyMeeting } from "@/lib/evaluation/tally-meeting";
import { completeResultPublicity, createResultPublicity } from "@/lib/evaluation/result-publicity";
import {
  distributeSchema,
  drawSchema,
  expertProfileSchema,
  filingReviewSchema,
  filingSchema,
  groupOpinionSchema,
  inviteExpertSchema,
  meetingRefSchema,
  meetingSchema,
  openVotingSchema,
  resultPublicitySchema,
  voteSchema,
} from "@/lib/evaluation/schemas";
import { FILING_REVIEWED_MESSAGES } from "@/lib/evaluation/rules";

// Thin entry points of the evaluation screens: validate, call the business function (which authorizes), refresh.

const done = refreshOnSuccess("/title/evaluation");

export async function submitFilingAction(formData: FormData) {
  if (!isFormData(formData)) return NOT_FORM_DATA;
  const document = await fileOf(formData, "document");
  return done(await personAction(filingSchema, formDataObject(formData), async ({ actor, ip, data }) => (await submitFiling({ actor, ip, input: data, document })).id, "已提交备案"));
}

export async function reviewFilingAction(input: unknown) {
  return done(await personAction(filingReviewSchema, input, ({ actor, ip, data }) => reviewFiling({ actor, ip, input: data }), (_, to) => FILING_REVIEWED_MESSAGES[to]));
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

export async function createMeetingAction(input: unknown) {
  return done(await personAction(meetingSchema, input, async ({ actor, ip, data }) => (await createMeeting({ actor, ip, input: data })).id, "已新增评审会议"));
}

export async function distributeAction(input: unknown) {
  return done(await personAction(distributeSchema, input, ({ actor, ip, data }) => distributeMaterials({ actor, ip, input: data }), "已分发"));
}

export async function groupOpinionAction(input: unknown) {
  return done(await personAction(groupOpinionSchema, input, ({ actor, ip, data }) => recordGroupOpinion({ actor, ip, input: data }), "已保存评议组意见"));
}

export async function openVotingAction(input: unknown) {
  return done(await personAction(openVotingSchema, input, ({ actor, ip, data }) => openVoting({ actor, ip, input: data }), "已开始投票"));
}

export async function voteAction(input: unknown) {
  return done(await personAction(voteSchema, input, ({ actor, ip, data }) => castVote({ actor, ip, input: data }), "投票成功"));
}

export async function tallyAction(input: unknown) {
  return done(await personAction(meetingRefSchema, input, async ({ actor, ip, data }) => { await tallyMeeting({ actor, ip, meetingId: data.meetingId }); }, "统票完成"));
}

export async function createResultPublicityAction(input: unknown) {
  return done(await personAction(resultPublicitySchema, input, async ({ actor, ip, data }) => (await createResultPublicity({ actor, ip, input: data })).id, "公示已保存"));
}

export async function completeResultPublicityAction(input: unknown) {
  return done(await personAction(meetingRefSchema, input, ({ actor, ip, data }) => completeResultPublicity({ actor, ip, meetingId: data.meetingId }), "已完成公示"));
}
