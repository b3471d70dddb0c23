import { db } from "@/lib/db/client";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { submitFiling } from "@/lib/evaluation/submit-filing";
import { reviewFiling } from "@/lib/evaluation/review-filing";
import { inviteExpert } from "@/lib/evaluation/invite-expert";
import { filingSchema, inviteExpertSchema, type FilingInput, type InviteExpertInput } from "@/lib/evaluation/schemas";
import { drawCommitteeForFiling } from "@/lib/evaluation/draw-committee-for-filing";
import { createMeeting } from "@/lib/evaluation/create-meeting";
import { distributeMaterials } from "@/lib/evaluation/distribute-materials";
import { openVoting } from "@/lib/evaluation/open-voting";
import { castVote } from "@/lib/evaluation/cast-vote";
import { tallyMeeting } from "@/lib/evaluation/tally-meeting";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { IP, actorOf, createRound } from "./declarations-fixtures";
import { createCounty, PDF } from "./review-fixtures";

// An evaluation world of its own per test: a county with a competent department, a 自主评审单位 under it, and the
// province bureau's handler (every province bureau reaches everywhere, so tests share only that kind of unit).

export const VOTE_DAY = shanghaiLocalToInstant("2026-11-10T09:00");
export const DURING_VOTE = shanghaiLocalToInstant("2026-11-10T10:00");

const handlerOf = async (unitId: string, name?: string) => actorOf((await createPerson(db, { unitId, roles: ["UNIT_HANDLER"], name })).id);

export async function evaluationWorld() {
  const county = await createCounty();
  const deptUnit = await createUnit(db, { kind: "COMPETENT_DEPT", regionCode: county.code, name: `测试交通主管部门${county.code}` });
  const selfUnit = await createUnit(db, { kind: "PUBLIC_INSTITUTION", regionCode: county.code, superiorId: deptUnit.id, name: `测试自主评审单位${county.code}` });
  await db.unit.update({ where: { id: selfUnit.id }, data: { selfEvaluating: true } });
  const provinceUnit = await createUnit(db, { kind: "HR_BUREAU", regionCode: "520000", name: `测试省人社厅${county.code}` });
  const [organizer, dept, province] = await Promise.all([
    handlerOf(selfUnit.id, "评审经办"),
    handlerOf(deptUnit.id, "主管经办"),
    handlerOf(provinceUnit.id, "专技处经办"),
  ]);
  const round = await createRound();
  return { county, deptUnit, selfUnit, provinceUnit, organizer, dept, province, round };
}
export type EvaluationWorld = Awaited<ReturnType<typeof evaluationWorld>>;

export const filingInput = (w: EvaluationWorld, over: Partial<FilingInput> = {}): FilingInput => ({
  seriesId: w.round.seriesId,
  specialty: "道路工程",
  level: "DEPUTY_SENIOR",
  applicantScope: "OWN_STAFF",
  scopeRegionCode: "",
  scopeUnitNames: "",
  committeeName: `${w.selfUnit.name}道路工程专业高级评委会`,
  validFrom: "2026-01-01",
  validTo: "2028-12-31",
  ...over,
});

export const document = () => ({ name: "备案材料.pdf", bytes: PDF });

export async function submittedFiling(w: EvaluationWorld, over: Partial<FilingInput> = {}) {
  return submitFiling({ actor: w.organizer, ip: IP, input: filingSchema.parse(filingInput(w, over)), document: document() });
}

const version = async (id: string) => (await db.evaluationFiling.findUniqueOrThrow({ where: { id } })).version;

/** A filing through both reviews, and the round evaluated by its committee. */
export async function approvedFiling(w: EvaluationWorld, over: Partial<FilingInput> = {}) {
  const filing = await submittedFiling(w, over);
  await reviewFiling({ actor: w.dept, ip: IP, input: { id: filing.id, version: await version(filing.id), pass: true, opinion: "" } });
  await reviewFiling({ actor: w.province, ip: IP, input: { id: filing.id, version: await version(filing.id), pass: true, opinion: "同意备案" } });
  await db.applicationRound.update({ where: { id: w.round.id }, data: { filingId: filing.id, committeeName: filing.committeeName } });
  return db.evaluationFiling.findUniqueOrThrow({ where: { id: filing.id } });
}

/** `n` experts in the world's pool, in term from 2026-01-01 to 2028-12-31 unless told. */
export async function poolOf(w: EvaluationWorld, n: number, over: Partial<InviteExpertInput> = {}) {
  const experts = [];
  for (let i = 0; i < n; i++) {
    const person = await createPerson(db, { name: `专家${String(i + 1).padStart(2, "0")}` });
    const input = inviteExpertSchema.parse({ idNumber: person.idNumber, name: "", specialty: "道路工程", title: "正高级工程师", workUnitName: "某设计院", contact: "13900000000", termStart: "2026-01-01", termEnd: "2028-12-31", ...over });
    experts.push({ ...(await inviteExpert({ actor: w.organizer, ip: IP, input })).expert, person });
  }
  return experts;
}

/**
 * A meeting ready to open: an approved filing, 11 experts all drawn (3 评议组), two applicant units with one QUALIFIED
 * declaration each (both given to 评议组 1), and one expert (the last of the pool) bound to the second unit, so
 * recused from its applicant.
 */
export async function meetingWorld() {
  const w = await evaluationWorld();
  const filing = await approvedFiling(w);
  const pool = await poolOf(w, 11);
  const unitA = await createUnit(db, { regionCode: w.county.code, name: `申报单位甲${w.county.code}` });
  const unitB = await createUnit(db, { regionCode: w.county.code, name: `申报单位乙${w.county.code}` });
  const qualified = async (unitId: string, name: string) =>
    db.declaration.create({
      data: { roundId: w.round.id, applicantId: (await createPerson(db, { unitId, name })).id, unitId, status: "QUALIFIED", level: "DEPUTY_SENIOR", titleName: "高级工程师", form: { basic: { gender: "男" }, professional: { currentTitle: "工程师", specialty: "道路工程" } }, submittedAt: new Date() },
    });
  const declA = await qualified(unitA.id, "甲申报人");
  const declB = await qualified(unitB.id, "乙申报人");
  const committee = await drawCommitteeForFiling({ actor: w.organizer, ip: IP, input: { filingId: filing.id, size: 11, groupCount: 3 }, now: VOTE_DAY });
  const recusedExpert = pool[10];
  await db.user.update({ where: { id: recusedExpert.userId }, data: { unitId: unitB.id } });
  const members = await db.committeeMember.findMany({ where: { committeeId: committee.id }, include: { expert: true } });
  const actors = new Map<string, Awaited<ReturnType<typeof actorOf>>>();
  for (const m of members) actors.set(m.expertId, await actorOf(m.expert.userId));
  const byRole = (role: string) => members.filter((m) => m.role === role).map((m) => ({ ...m, actor: actors.get(m.expertId)! }));
  const chair = byRole("CHAIR")[0].actor;
  const meeting = await createMeeting({ actor: w.organizer, ip: IP, input: { roundId: w.round.id, name: "2026年度道路工程专业高级评审会" }, now: VOTE_DAY });
  for (const d of [declA, declB]) await distributeMaterials({ actor: chair, ip: IP, input: { meetingId: meeting.id, declarationId: d.id, groupNo: 1 } });
  return { w, filing, pool, unitA, unitB, declA, declB, committee, meeting, chair, recusedExpert, actors, members, byRole };
}

/** The meeting of meetingWorld with voting open; the recused expert attends, the others fill the attendance asked. */
export async function votingWorld(opts: { attending?: number } = {}) {
  const m = await meetingWorld();
  const attendingIds = [m.recusedExpert.id, ...m.members.map((x) => x.expertId).filter((id) => id !== m.recusedExpert.id)].slice(0, opts.attending ?? 11);
  await openVoting({ actor: m.chair, ip: IP, input: { meetingId: m.meeting.id, attendingExpertIds: attendingIds, voteEnd: "2026-11-10T18:00" }, now: VOTE_DAY });
  const voters = attendingIds.filter((id) => id !== m.recusedExpert.id).map((id) => m.actors.get(id)!);
  return { ...m, recused: m.actors.get(m.recusedExpert.id)!, voters };
}

/** The evening of the 统票 day (DURING_VOTE). */
export const AFTER_TALLY = shanghaiLocalToInstant("2026-11-10T18:00");

/** A tallied meeting in which every voter said yes to 甲申报人. */
export async function tallied() {
  const v = await votingWorld();
  for (const voter of v.voters) await castVote({ actor: voter, ip: IP, input: { meetingId: v.meeting.id, declarationId: v.declA.id, choice: "YES" }, now: DURING_VOTE });
  await tallyMeeting({ actor: v.chair, ip: IP, meetingId: v.meeting.id, now: DURING_VOTE });
  return v;
}
