import { randomUUID } from "node:crypto";
import path from "node:path";
import type { PrismaClient } from "../../lib/db/generated/client";
import type { PipelineSeed } from "./demo-pipeline";
import { DEMO_PDF, DEMO_PNG, demoForm, stateAfter } from "./demo-pipeline";
import { MOVES, START } from "../../lib/declarations/state-machine";
import { idNumberFrom } from "./identifiers";
import { localDisk } from "../../lib/storage/local-disk";
import { drawCommittee } from "../../lib/evaluation/draw";
import { addDays } from "../../lib/calendar/working-days";
import { formatShanghai } from "../../lib/time";
import { FILING, MEETING } from "../../lib/evaluation/rules";

// The evaluation stage of the demo: 贵州省交通规划勘察设计研究院 holds an approved filing for a 道路工程 senior committee,
// a pool of experts (one out of term, one working at 贵州省建筑设计研究院), a committee of 11 drawn with a recorded seed
// (周专家 its chair), a round it evaluates, and a meeting open for voting, so 周专家 signing in has a ballot to cast.
// A second QUALIFIED declaration of the round waits for a new meeting (分发材料 onwards).

export const DEMO_EXPERTS = [
  { id: "demo-expert-01", name: "周专家", birth: "19650808", workUnitName: "贵州省交通规划勘察设计研究院", title: "正高级工程师" },
  { id: "demo-expert-02", name: "高路桥", birth: "19660102", workUnitName: "贵州大学", title: "教授" },
  { id: "demo-expert-03", name: "罗山川", birth: "19670203", workUnitName: "贵州省公路局", title: "正高级工程师" },
  { id: "demo-expert-04", name: "杨隧道", birth: "19680304", workUnitName: "贵州交通职业技术学院", title: "教授" },
  { id: "demo-expert-05", name: "何通衢", birth: "19690405", workUnitName: "中交二公局贵州分公司", title: "正高级工程师" },
  { id: "demo-expert-06", name: "马远征", birth: "19700506", workUnitName: "贵州省交通运输厅", title: "正高级工程师" },
  { id: "demo-expert-07", name: "胡青松", birth: "19710607", workUnitName: "贵州理工学院", title: "教授" },
  { id: "demo-expert-08", name: "林晓岚", birth: "19720708", workUnitName: "贵州省质量安全交通工程监控检测中心", title: "正高级工程师" },
  { id: "demo-expert-09", name: "谢文博", birth: "19730809", workUnitName: "贵州高速公路集团", title: "正高级工程师" },
  { id: "demo-expert-10", name: "唐国栋", birth: "19740910", workUnitName: "贵州路桥集团", title: "正高级工程师" },
  // Works at 贵州省建筑设计研究院: recused from that unit's applicants (same unit).
  { id: "demo-expert-11", name: "钱建筑", birth: "19751011", workUnitName: "贵州省建筑设计研究院", title: "正高级工程师", unit: "institution" },
  // Out of term: never drawn.
  { id: "demo-expert-12", name: "宋旧聘", birth: "19601112", workUnitName: "贵州省交通规划勘察设计研究院", title: "正高级工程师", expired: true },
  // Recorded in the 诚信档案 (泄露评审情况): out of the pool and never drawn for 3 years.
  { id: "demo-expert-13", name: "严失信", birth: "19620315", workUnitName: "贵州某工程咨询有限公司", title: "正高级工程师", barred: true },
] as const;

/** Applicants whose declarations the committee evaluates: two on the open meeting, one waiting for the next. */
export const DEMO_EVALUATED = [
  { name: "钱六合", birth: "19860616", unit: "enterprise", onMeeting: true },
  { name: "孔七星", birth: "19870717", unit: "institution", onMeeting: true },
  { name: "蒋八方", birth: "19880818", unit: "institution", onMeeting: false },
] as const;

/** A seed under which the draw makes 周专家 the chair (found once; the draw itself is the real one). */
export const DEMO_DRAW_SEED = "demo-committee-seed-10";

export const demoPersonId = (birth: string) => idNumberFrom("520102", birth, "001");

type Ctx = {
  db: PrismaClient;
  year: number;
  now: Date;
  seriesId: string;
  units: Record<"selfEval" | "enterprise" | "institution" | "dept" | "guiyang", { id: string; name: string }>;
  people: Record<"organizer" | "dept" | "province" | "bureau", { id: string; name: string }>;
  passwordHash: string;
};

async function stored(c: Ctx, o: { bytes: Buffer; name: string; mime: string; purpose: string; ownerUserId?: string; ownerUnitId?: string }) {
  const storageKey = `demo/${randomUUID()}`;
  await localDisk(process.env.STORAGE_DIR ?? path.resolve(process.cwd(), ".data/files")).put(storageKey, o.bytes);
  return c.db.storedFile.create({ data: { storageKey, originalName: o.name, mime: o.mime, size: o.bytes.byteLength, purpose: o.purpose, ownerUserId: o.ownerUserId, ownerUnitId: o.ownerUnitId } });
}

async function ensureFiling(c: Ctx) {
  const committeeName = `${c.units.selfEval.name}道路工程专业高级职称评审委员会`;
  const existing = await c.db.evaluationFiling.findUnique({ where: { committeeName } });
  if (existing) return existing;
  const document = await stored(c, { bytes: DEMO_PDF, name: "评审权备案材料.pdf", mime: "application/pdf", purpose: "evaluation-filing", ownerUnitId: c.units.selfEval.id });
  return c.db.evaluationFiling.create({
    data: {
      unitId: c.units.selfEval.id,
      seriesId: c.seriesId,
      specialty: "道路工程",
      level: "DEPUTY_SENIOR",
      applicantScope: "UNITS",
      scopeUnitIds: [c.units.enterprise.id, c.units.institution.id],
      committeeName,
      validFrom: `${c.year}-01-01`,
      validTo: `${c.year + 2}-12-31`,
      documentFileIds: [document.id],
      status: FILING.approved,
      deptUnitId: c.units.dept.id,
      deptOpinion: "同意",
      deptReviewedById: c.people.dept.id,
      deptReviewedAt: new Date(`${c.year}-01-03T10:00:00+08:00`),
      provinceOpinion: "同意备案",
      provinceReviewedById: c.people.province.id,
      provinceReviewedAt: new Date(`${c.year}-01-05T10:00:00+08:00`),
      version: 2,
      createdById: c.people.organizer.id,
      createdAt: new Date(`${c.year}-01-02T10:00:00+08:00`),
    },
  });
}

async function ensureExperts(c: Ctx) {
  for (const e of DEMO_EXPERTS) {
    const idNumber = demoPersonId(e.birth);
    const unitId = "unit" in e ? c.units[e.unit].id : e.name === "周专家" ? c.units.selfEval.id : null;
    const user = await c.db.user.upsert({
      where: { idNumber },
      update: {},
      create: { idNumber, name: e.name, mobile: "13900000003", passwordHash: c.passwordHash, unitId, realPersonVerified: true },
    });
    const expired = "expired" in e;
    const barredOn = "barred" in e ? await ensureFinding(c, user.id) : null;
    await c.db.expert.upsert({
      where: { id: e.id },
      update: {},
      create: {
        id: e.id,
        poolUnitId: c.units.selfEval.id,
        userId: user.id,
        specialty: "道路工程",
        title: e.title,
        workUnitName: e.workUnitName,
        contact: "0851-86660000",
        termStart: expired ? "2022-01-01" : `${c.year}-01-01`,
        termEnd: expired ? "2024-12-31" : barredOn ? addDays(barredOn, -1) : `${c.year + 2}-12-31`,
        invitedById: c.people.organizer.id,
      },
    });
    await c.db.roleGrant.upsert({
      where: { userId_unitId_role: { userId: user.id, unitId: c.units.selfEval.id, role: "EXPERT" } },
      update: {},
      create: { userId: user.id, unitId: c.units.selfEval.id, role: "EXPERT" },
    });
  }
}

/** 钱证书's unit records a finding against an expert of its pool, 30 days before the seed runs. */
async function ensureFinding(c: Ctx, personId: string) {
  const findingDate = addDays(formatShanghai(c.now, "yyyy-MM-dd"), -30);
  const finding = await c.db.integrityFinding.upsert({
    where: { id: "demo-finding-expert" },
    update: {},
    create: {
      id: "demo-finding-expert",
      personId,
      kind: "EXPERT_MISCONDUCT",
      facts: "在评审会议期间向申报人透露评议组意见和表决情况",
      documentNumber: `黔交勘院诚〔${c.year}〕1号`,
      findingDate,
      recordedByUnitId: c.units.selfEval.id,
      recordedById: c.people.organizer.id,
    },
  });
  return finding.findingDate;
}

async function ensureCommittee(c: Ctx, filingId: string) {
  const existing = await c.db.committee.findFirst({ where: { filingId, status: "ACTIVE" } });
  if (existing) return existing;
  const candidates = DEMO_EXPERTS.filter((e) => !("expired" in e) && !("barred" in e)).map((e) => e.id);
  const draw = drawCommittee({ seed: DEMO_DRAW_SEED, candidates, size: 11, groups: 3 });
  const leaders = new Set(draw.groups.map((g) => g.leader));
  const committee = await c.db.committee.create({
    data: {
      filingId,
      seed: DEMO_DRAW_SEED,
      candidateIds: [...candidates].sort(),
      size: 11,
      groupCount: 3,
      drawnById: c.people.organizer.id,
      drawnAt: new Date(`${c.year}-01-10T10:00:00+08:00`),
      members: {
        create: draw.groups.flatMap((g, i) =>
          g.members.map((expertId) => ({ expertId, groupNo: i + 1, role: expertId === draw.chair ? ("CHAIR" as const) : leaders.has(expertId) ? ("GROUP_LEADER" as const) : ("MEMBER" as const) })),
        ),
      },
    },
  });
  const experts = await c.db.expert.findMany({ where: { id: { in: draw.members } } });
  for (const e of experts) {
    const role = e.id === draw.chair ? "COMMITTEE_CHAIR" : leaders.has(e.id) ? "GROUP_LEADER" : null;
    if (!role) continue;
    await c.db.roleGrant.create({ data: { userId: e.userId, unitId: c.units.selfEval.id, role } });
  }
  return committee;
}

async function ensureRound(c: Ctx, filing: { id: string; committeeName: string }) {
  const name = `${c.year}年度工程系列（道路工程专业）高级职称评审`;
  return c.db.applicationRound.upsert({
    where: { name },
    update: {},
    create: {
      year: c.year,
      name,
      seriesId: c.seriesId,
      levels: ["DEPUTY_SENIOR"],
      windowStart: new Date(`${c.year}-01-15T08:00:00+08:00`),
      windowEnd: new Date(`${c.year}-01-31T17:00:00+08:00`),
      status: "CLOSED",
      filingId: filing.id,
      committeeName: filing.committeeName,
    },
  });
}

/** A declaration that went through the pipeline and passed 资格性审查 at the Guiyang bureau. */
async function ensureQualified(c: Ctx, roundId: string, a: (typeof DEMO_EVALUATED)[number]) {
  const unit = c.units[a.unit];
  const idNumber = demoPersonId(a.birth);
  const applicant = await c.db.user.upsert({
    where: { idNumber },
    update: {},
    create: { idNumber, name: a.name, mobile: "13900000004", passwordHash: c.passwordHash, unitId: unit.id, realPersonVerified: true },
  });
  const existing = await c.db.declaration.findUnique({ where: { applicantId_roundId: { applicantId: applicant.id, roundId } } });
  if (existing) return existing;
  const photo = await stored(c, { bytes: DEMO_PNG, name: "头像.png", mime: "image/png", purpose: "declaration-photo", ownerUserId: applicant.id });
  const seed: PipelineSeed = { applicant: a.name, through: "qualify", level: "DEPUTY_SENIOR", titleName: "高级工程师", specialty: "道路工程" };
  const form = demoForm(roundId, photo.id, seed, unit.name);
  const submittedAt = new Date(`${c.year}-01-20T09:00:00+08:00`);
  return c.db.declaration.create({
    data: {
      roundId,
      applicantId: applicant.id,
      unitId: unit.id,
      status: stateAfter(seed.through),
      version: 6,
      level: "DEPUTY_SENIOR",
      titleName: "高级工程师",
      form,
      photoFileId: photo.id,
      holderUnitId: c.units.guiyang.id,
      submittedAt,
      files: { create: [{ fileId: photo.id, section: "photo" }] },
      versions: { create: [{ number: 1, form, photoFileId: photo.id, reason: MOVES.submit.label, createdAt: submittedAt }] },
      events: {
        create: [
          { action: MOVES.submit.label, fromStatus: START, toStatus: stateAfter("submit"), actorUserId: applicant.id, actorName: a.name, actorUnitName: unit.name, at: submittedAt },
          {
            action: MOVES.qualify.label,
            fromStatus: stateAfter("recommend"),
            toStatus: stateAfter("qualify"),
            actorUserId: c.people.bureau.id,
            actorName: c.people.bureau.name,
            actorUnitName: c.units.guiyang.name,
            at: new Date(`${c.year}-02-10T10:00:00+08:00`),
          },
        ],
      },
    },
  });
}

async function ensureMeeting(c: Ctx, committeeId: string, roundId: string, declarationIds: string[]) {
  const name = `${c.year}年度道路工程专业高级职称评审会（第一次）`;
  if (await c.db.reviewMeeting.findFirst({ where: { name, committeeId } })) return;
  const members = await c.db.committeeMember.findMany({ where: { committeeId }, orderBy: { expertId: "asc" } });
  await c.db.reviewMeeting.create({
    data: {
      committeeId,
      roundId,
      name,
      status: MEETING.voting,
      attendingExpertIds: members.map((m) => m.expertId),
      voteStart: c.now,
      // Open for a month from the first seeding, so the demo expert finds a ballot waiting.
      voteEnd: new Date(c.now.getTime() + 30 * 86_400_000),
      version: 1,
      createdById: c.people.organizer.id,
      declarations: { create: declarationIds.map((declarationId, i) => ({ declarationId, groupNo: (i % 3) + 1 })) },
    },
  });
}

export async function seedDemoEvaluation(c: Ctx) {
  const filing = await ensureFiling(c);
  await ensureExperts(c);
  const committee = await ensureCommittee(c, filing.id);
  const round = await ensureRound(c, filing);
  const onMeeting = [];
  for (const a of DEMO_EVALUATED) {
    const d = await ensureQualified(c, round.id, a);
    if (a.onMeeting) onMeeting.push(d.id);
  }
  await ensureMeeting(c, committee.id, round.id, onMeeting);
}
