import { randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { seedRegions } from "@/prisma/seed/regions";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { verifyDeclaration } from "@/lib/review/verify-declaration";
import { createPublicity } from "@/lib/review/create-publicity";
import { completePublicity } from "@/lib/review/complete-publicity";
import { recommendDeclarations } from "@/lib/review/recommend-declarations";
import { reviewRecommendation } from "@/lib/review/review-recommendation";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { IP, PNG, actorOf, createRound, validForm } from "./declarations-fixtures";

// A region of its own for each review test: a county under 贵阳 with its HR bureau, a competent department and an
// enterprise under that department, each with a handler; so region and tree scopes are never shared between tests.

export const NOW = shanghaiLocalToInstant("2026-11-02T10:00");
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

const handlerOf = async (unitId: string, name?: string) => actorOf((await createPerson(db, { unitId, roles: ["UNIT_HANDLER"], name })).id);

export async function createCounty() {
  await seedRegions(db);
  // Ten random digits: two tests must never share a county (its units' names, and the bureau's region, are its own).
  const code = `59${randomInt(1e9, 1e10)}`;
  return db.region.create({ data: { code, name: `测试县${code}`, level: "COUNTY", parentCode: "520100" } });
}

export async function reviewWorld(opts: { underDept?: boolean } = {}) {
  const county = await createCounty();
  const bureauUnit = await createUnit(db, { kind: "HR_BUREAU", regionCode: county.code, name: `测试县人社局${county.code}` });
  const deptUnit = await createUnit(db, { kind: "COMPETENT_DEPT", regionCode: county.code, name: `测试主管部门${county.code}` });
  const unit = await createUnit(db, { regionCode: county.code, superiorId: opts.underDept === false ? null : deptUnit.id, name: `测试企业${county.code}` });
  const [handler, dept, bureau] = await Promise.all([handlerOf(unit.id, "核验经办"), handlerOf(deptUnit.id, "主管经办"), handlerOf(bureauUnit.id, "人社经办")]);
  const round = await createRound();
  return { county, unit, deptUnit, bureauUnit, handler, dept, bureau, round };
}

export type World = Awaited<ReturnType<typeof reviewWorld>>;

/** An applicant of the world's unit with a submitted declaration. */
export async function submittedBy(w: World, name = "申报人") {
  const user = await createPerson(db, { unitId: w.unit.id, name });
  const actor = await actorOf(user.id);
  const form = await validForm(actor, w.round.id);
  const { id } = await saveDeclaration({ actor, ip: IP, input: { form } });
  await submitDeclaration({ actor, ip: IP, id, now: NOW });
  return { user, actor, form, id };
}

export const current = (id: string) => db.declaration.findUniqueOrThrow({ where: { id } });

export async function verified(w: World, name?: string) {
  const a = await submittedBy(w, name);
  await verifyDeclaration({ actor: w.handler, ip: IP, id: a.id, version: (await current(a.id)).version, pass: true, now: NOW });
  return a;
}

export const publicityInput = (ids: string[], startDate = "2026-11-02") => ({
  title: "2026年度职称申报公示",
  startDate,
  workingDays: 5,
  contactName: "李经办",
  contactPhone: "0851-12345678",
  content: "以下人员申报职称，现予公示。",
  declarationIds: ids,
});

export async function publicized(w: World, name?: string) {
  const a = await verified(w, name);
  const p = await createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id]), now: NOW });
  await completePublicity({ actor: w.handler, ip: IP, id: p.id, now: shanghaiLocalToInstant("2026-11-09T09:00") });
  return a;
}

export const statements = () => ({ integrityFile: { name: "诚信承诺书.pdf", bytes: PDF }, publicityNoteFile: { name: "公示情况说明.png", bytes: PNG } });

export async function recommended(w: World, name?: string) {
  const a = await publicized(w, name);
  await recommendDeclarations({ actor: w.handler, ip: IP, input: { note: "同意推荐", declarationIds: [a.id] }, files: statements(), now: NOW });
  return a;
}

export async function deptApproved(w: World, name?: string) {
  const a = await recommended(w, name);
  await reviewRecommendation({ actor: w.dept, ip: IP, id: a.id, version: (await current(a.id)).version, approve: true, now: NOW });
  return a;
}

export { handlerOf };
