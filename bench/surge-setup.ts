import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../lib/db/generated/client";
import { COMMITMENT_TEXT } from "../lib/declarations/schemas";
import { createUnit, DEMO_PASSWORD, demoPasswordHash } from "../prisma/seed/factories";
import { idNumberFrom } from "../prisma/seed/identifiers";

// What the 申报 surge benchmarks share: the build, N applicants with a draft each in a round of their own, their
// sessions (a sample through the real sign-in, the rest minted with the server's secret) and the checks after.

export const root = path.resolve(import.meta.dirname, "..");
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";
export const SECRET = "bench-secret-bench-secret-bench-secret";
/** How many applicants sign in through the real credentials endpoint; the rest get a cookie minted with the server's secret. */
export const REAL_SIGN_INS = Number(process.env.BENCH_REAL_SIGN_INS ?? 20);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FORM = {
  photoFileId: "bench",
  basic: { gender: "男", birthDate: "1990-01-01", ethnicity: "汉族", politicalStatus: "群众", mobile: "13900000000", workStartDate: "2012-07", position: "技术员" },
  professional: { currentTitle: "助理工程师", currentTitleDate: "2018-12-01", level: "INTERMEDIATE", titleName: "工程师", specialty: "机械设计" },
  exam: { examResult: "合格", publicHours: "30", professionalHours: "60" },
  education: [{ start: "2008-09", end: "2012-07", school: "贵州大学", major: "机械工程", degree: "本科" }],
  study: [],
  work: [{ start: "2012-07", end: "", employer: "压测单位", position: "技术员" }],
  achievements: [],
  results: [],
  attachments: {},
  commitment: COMMITMENT_TEXT,
};

export function ensureBuild() {
  if (existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) return;
  console.log(`未找到生产构建 ${DIST_DIR}，正在构建（next build）…`);
  const built = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST_DIR } });
  if (built.status !== 0) throw new Error("next build failed");
}

/** The real sign-in: CSRF token, then the person credentials callback; returns the session cookie. */
export async function signIn(base: string, idNumber: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/person`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ idNumber, password: DEMO_PASSWORD, csrfToken, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${idNumber}: ${res.status}`);
  return session.split(";")[0];
}

export async function mintCookie(user: { id: string; name: string }) {
  const token = await encode({ token: { sub: user.id, name: user.name, kind: "person", sv: 0, mcp: false }, secret: SECRET, maxAge: 1800 });
  return `next-auth.session-token=${token}`;
}

export async function seedApplicants(db: PrismaClient, n: number, tag: number) {
  const unit = await createUnit(db);
  const series = await db.titleSeries.create({ data: { name: `压测系列${randomUUID()}`, titles: { INTERMEDIATE: ["工程师"] } } });
  const closed = { windowStart: new Date(Date.now() + 86_400_000), windowEnd: new Date(Date.now() + 2 * 86_400_000) };
  const round = (label: string) =>
    db.applicationRound.create({ data: { year: 2026, name: `压测${label}${randomUUID()}`, seriesId: series.id, levels: ["INTERMEDIATE"], status: "OPEN", ...closed } });
  const [appRound, rawRound] = [await round("应用"), await round("基线")];
  const passwordHash = await demoPasswordHash();
  const users = Array.from({ length: n }, (_, i) => {
    const birth = new Date(Date.UTC(1970 + tag, 0, 1 + Math.floor(i / 1000))).toISOString().slice(0, 10).replaceAll("-", "");
    return { id: randomUUID(), idNumber: idNumberFrom("520102", birth, String(i % 1000).padStart(3, "0")), name: `压测申报人${i + 1}`, passwordHash, unitId: unit.id };
  });
  await db.user.createMany({ data: users });
  const drafts = (roundId: string) =>
    users.map((u) => ({ id: randomUUID(), roundId, applicantId: u.id, unitId: unit.id, level: "INTERMEDIATE" as const, titleName: "工程师", form: { ...FORM, roundId } }));
  const appDrafts = drafts(appRound.id);
  const rawDrafts = drafts(rawRound.id);
  await db.declaration.createMany({ data: [...appDrafts, ...rawDrafts] });
  return { users, appRound, rawRound, appDrafts, rawDrafts };
}

export async function counts(db: PrismaClient, roundId: string) {
  const [submitted, events] = await Promise.all([
    db.declaration.count({ where: { roundId, status: "SUBMITTED" } }),
    db.declarationEvent.count({ where: { action: "申报", declaration: { roundId } } }),
  ]);
  return { submitted, events };
}

/** Opens the round's window a moment from now and returns when it has opened. */
export async function openWindowSoon(db: PrismaClient, roundId: string) {
  const opening = new Date(Date.now() + 1500);
  await db.applicationRound.update({ where: { id: roundId }, data: { windowStart: opening, windowEnd: new Date(opening.getTime() + 3_600_000) } });
  await sleep(opening.getTime() - Date.now() + 20);
}

