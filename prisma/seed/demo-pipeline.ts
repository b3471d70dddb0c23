import { randomUUID } from "node:crypto";
import path from "node:path";
import type { PrismaClient } from "../../lib/db/generated/client";
import { COMMITMENT_TEXT } from "../../lib/declarations/schemas";
import { landsIn, MOVES, START, type DeclarationAction } from "../../lib/declarations/state-machine";
import { localDisk, type FileStorage } from "../../lib/storage/local-disk";
import { libraryCalendar } from "../../lib/calendar/library-calendar";
import { CalendarYearMissing, publicityEndDate } from "../../lib/calendar/working-days";
import { formatShanghai } from "../../lib/time";

// Declarations along the review pipeline, so each reviewer signing in finds work waiting: 李经办 one to verify, one
// to publicize and one to recommend; 赵主管 one recommendation to review; 刘人社 one to qualify; and one on a
// publicity running now. Each got where it is through the moves a person would have made, with its timeline,
// publicity and recommendation.

/** `through`: the last move the demo declaration went through. */
export type PipelineSeed = { applicant: string; through: DeclarationAction; titleName: string; level: "INTERMEDIATE" | "DEPUTY_SENIOR"; specialty: string };

export const DEMO_PIPELINE: PipelineSeed[] = [
  { applicant: "周一鸣", through: "submit", level: "INTERMEDIATE", titleName: "工程师", specialty: "机械设计制造" },
  { applicant: "吴二娜", through: "verifyPass", level: "INTERMEDIATE", titleName: "工程师", specialty: "电气工程" },
  { applicant: "郑三强", through: "completePublicity", level: "DEPUTY_SENIOR", titleName: "高级工程师", specialty: "软件工程" },
  { applicant: "冯四海", through: "recommend", level: "DEPUTY_SENIOR", titleName: "高级工程师", specialty: "自动化" },
  { applicant: "陈五洲", through: "deptApprove", level: "INTERMEDIATE", titleName: "工程师", specialty: "材料工程" },
  // On the 申报公示 running from the day the demo data is written: the public 首页's 公示公告 shows it.
  { applicant: "卫九章", through: "publicize", level: "INTERMEDIATE", titleName: "工程师", specialty: "土木工程" },
];

/** The moves, in order, that bring a declaration to each demo state, with the opinions given. */
const PATH: { action: DeclarationAction; opinion?: string }[] = [
  { action: "submit" },
  { action: "verifyPass", opinion: "材料齐全，情况属实" },
  { action: "publicize" },
  { action: "completePublicity" },
  { action: "recommend" },
  { action: "deptApprove", opinion: "同意推荐" },
];

/** Who made each mover's moves in the demo. */
const DEMO_ACTOR = { applicant: "applicant", unitHandler: "unit", deptHandler: "dept" } as const;

/** The state a move leaves a demo declaration in (the demo's moves each have one). */
export const stateAfter = (action: DeclarationAction) => landsIn(action)[0];

// A 2×2 grey PNG and a one-page PDF: stand-ins for the photo and the two statements.
export const DEMO_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGPY2djY2AgABiACQcTKSkcAAAAASUVORK5CYII=", "base64");
export const DEMO_PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

type Ctx = {
  db: PrismaClient;
  files: FileStorage;
  roundId: string;
  year: number;
  now: Date;
  units: { enterprise: string; dept: string; guiyang: string };
  names: { enterprise: string; dept: string };
  people: { handler: Person; dept: Person; applicants: Map<string, Person> };
};

async function storedFile(c: Ctx, o: { bytes: Buffer; name: string; mime: string; purpose: string; ownerUserId?: string; ownerUnitId?: string }) {
  const storageKey = `demo/${randomUUID()}`;
  await c.files.put(storageKey, o.bytes);
  return c.db.storedFile.create({
    data: { storageKey, originalName: o.name, mime: o.mime, size: o.bytes.byteLength, purpose: o.purpose, ownerUserId: o.ownerUserId, ownerUnitId: o.ownerUnitId },
  });
}

export function demoForm(roundId: string, photoFileId: string, seed: PipelineSeed, unitName: string) {
  return {
    roundId,
    photoFileId,
    basic: { gender: "男", birthDate: "1988-06-15", ethnicity: "汉族", politicalStatus: "中共党员", mobile: "13900000002", workStartDate: "2010-07", position: "技术骨干" },
    professional: {
      currentTitle: seed.level === "DEPUTY_SENIOR" ? "工程师" : "助理工程师",
      currentTitleDate: "2018-12-01",
      level: seed.level,
      titleName: seed.titleName,
      specialty: seed.specialty,
    },
    exam: { examResult: "合格", publicHours: "90", professionalHours: "120" },
    education: [{ start: "2006-09", end: "2010-07", school: "贵州大学", major: seed.specialty, degree: "本科/学士" }],
    study: [],
    work: [{ start: "2010-07", end: "", employer: unitName, position: "技术骨干" }],
    achievements: [{ start: "2021-03", end: "2023-06", project: "智能产线改造项目", role: "技术负责人", description: "负责总体方案与实施" }],
    results: [],
    attachments: {},
    commitment: COMMITMENT_TEXT,
  };
}

/** The shared publicity and recommendation the later demo declarations went through. */
async function ensurePublicityAndRecommendation(c: Ctx) {
  const publicityTitle = `${c.year}年度职称申报公示（${c.names.enterprise}）`;
  const publicity =
    (await c.db.publicity.findFirst({ where: { unitId: c.units.enterprise, title: publicityTitle } })) ??
    (await c.db.publicity.create({
      data: {
        unitId: c.units.enterprise,
        title: publicityTitle,
        startDate: `${c.year}-01-05`,
        workingDays: 5,
        endDate: `${c.year}-01-09`,
        contactName: "李经办",
        contactPhone: "0851-85550001",
        content: "经单位内部核验，现将以下人员申报职称的有关情况予以公示。如有异议，请于公示期内向联系人反映。",
        status: "COMPLETED",
        createdById: c.people.handler.id,
        completedAt: new Date(`${c.year}-01-12T09:00:00+08:00`),
      },
    }));
  const running = await ensureRunningPublicity(c);
  const existing = await c.db.recommendation.findFirst({ where: { unitId: c.units.enterprise, targetUnitId: c.units.dept } });
  if (existing) return { publicity, running, recommendation: existing };
  const integrity = await storedFile(c, { bytes: DEMO_PDF, name: "诚信承诺书.pdf", mime: "application/pdf", purpose: "recommendation-integrity", ownerUnitId: c.units.enterprise });
  const note = await storedFile(c, { bytes: DEMO_PDF, name: "公示情况说明.pdf", mime: "application/pdf", purpose: "recommendation-publicity-note", ownerUnitId: c.units.enterprise });
  const recommendation = await c.db.recommendation.create({
    data: {
      unitId: c.units.enterprise,
      targetUnitId: c.units.dept,
      note: "经公示无异议，同意推荐。",
      integrityFileId: integrity.id,
      publicityNoteFileId: note.id,
      createdById: c.people.handler.id,
    },
  });
  return { publicity, running, recommendation };
}

/**
 * A 申报公示 of 5 working days starting the day the demo data is first written, so it is running for the week after.
 * Where the working-day calendar does not reach the end yet (the last days of a year before its notice), none.
 */
async function ensureRunningPublicity(c: Ctx) {
  const title = `${c.year}年度第二批职称申报公示（${c.names.enterprise}）`;
  const found = await c.db.publicity.findFirst({ where: { unitId: c.units.enterprise, title } });
  if (found) return found;
  const startDate = formatShanghai(c.now, "yyyy-MM-dd");
  let endDate: string;
  try {
    endDate = publicityEndDate(startDate, 5, libraryCalendar());
  } catch (e) {
    if (e instanceof CalendarYearMissing) return null;
    throw e;
  }
  return c.db.publicity.create({
    data: {
      unitId: c.units.enterprise,
      title,
      startDate,
      workingDays: 5,
      endDate,
      contactName: "李经办",
      contactPhone: "0851-85550001",
      content: "经单位内部核验，现将以下人员申报职称的有关情况予以公示。如有异议，请于公示期内向联系人反映。",
      createdById: c.people.handler.id,
      createdAt: c.now,
    },
  });
}

async function seedDeclaration(c: Ctx, seed: PipelineSeed, links: Awaited<ReturnType<typeof ensurePublicityAndRecommendation>>) {
  const applicant = c.people.applicants.get(seed.applicant)!;
  if (await c.db.declaration.findUnique({ where: { applicantId_roundId: { applicantId: applicant.id, roundId: c.roundId } } })) return;
  // Still in publicity: on the running one (none where the calendar could not date it), all others went through the finished one.
  const inRunning = seed.through === "publicize";
  const onPublicity = inRunning ? links.running : links.publicity;
  if (!onPublicity) return;
  const photo = await storedFile(c, { bytes: DEMO_PNG, name: "头像.png", mime: "image/png", purpose: "declaration-photo", ownerUserId: applicant.id });
  const form = demoForm(c.roundId, photo.id, seed, c.names.enterprise);
  const steps = PATH.slice(0, PATH.findIndex((p) => p.action === seed.through) + 1);
  const went = (action: DeclarationAction) => steps.some((p) => p.action === action);
  const holder = seed.through === "deptApprove" ? c.units.guiyang : seed.through === "recommend" ? c.units.dept : c.units.enterprise;
  // The running publicity's declaration was verified in the days before it started.
  const start = inRunning ? c.now.getTime() - (steps.length - 1) * 3 * 86_400_000 : new Date(`${c.year}-01-02T09:00:00+08:00`).getTime();
  const declaration = await c.db.declaration.create({
    data: {
      roundId: c.roundId,
      applicantId: applicant.id,
      unitId: c.units.enterprise,
      status: stateAfter(seed.through),
      version: steps.length,
      level: seed.level,
      titleName: seed.titleName,
      form,
      photoFileId: photo.id,
      holderUnitId: holder,
      publicityId: went("publicize") ? onPublicity.id : null,
      recommendationId: went("recommend") ? links.recommendation.id : null,
      submittedAt: new Date(start),
      files: { create: [{ fileId: photo.id, section: "photo" }] },
      versions: { create: [{ number: 1, form, photoFileId: photo.id, reason: MOVES.submit.label, createdAt: new Date(start) }] },
    },
  });
  const by = (action: DeclarationAction) => DEMO_ACTOR[MOVES[action].by as keyof typeof DEMO_ACTOR];
  const actors = { applicant: { ...applicant, unit: c.names.enterprise }, unit: { ...c.people.handler, unit: c.names.enterprise }, dept: { ...c.people.dept, unit: c.names.dept } };
  await c.db.declarationEvent.createMany({
    data: steps.map((p, i) => ({
      declarationId: declaration.id,
      action: MOVES[p.action].label,
      fromStatus: i === 0 ? START : stateAfter(steps[i - 1].action),
      toStatus: stateAfter(p.action),
      actorUserId: actors[by(p.action)].id,
      actorName: actors[by(p.action)].name,
      actorUnitName: actors[by(p.action)].unit,
      opinion: p.opinion ?? null,
      at: new Date(start + i * 3 * 86_400_000),
    })),
  });
}

type Person = { id: string; name: string };

export async function seedDemoPipeline(
  db: PrismaClient,
  o: Omit<Ctx, "db" | "files" | "people"> & { people: { handler: Person; dept: Person; applicants: Map<string, Person> } },
) {
  const c: Ctx = { ...o, db, files: localDisk(process.env.STORAGE_DIR ?? path.resolve(process.cwd(), ".data/files")) };
  const links = await ensurePublicityAndRecommendation(c);
  for (const seed of DEMO_PIPELINE) await seedDeclaration(c, seed, links);
}
