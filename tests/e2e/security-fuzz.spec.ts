import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { encode } from "next-auth/jwt";
import type { z } from "zod";
import { accountNameSchema, accountStatusSchema, addApplicantSchema, bindUnitSchema, changePasswordSchema, idSchema, rejectSchema, registerPersonSchema, roleChangeSchema, unitLoginSchema } from "../../lib/accounts/schemas";
import { declarationRefSchema, saveDeclarationSchema, submitDeclarationSchema } from "../../lib/declarations/schemas";
import { roundSchema } from "../../lib/rounds/schemas";
import { calendarCorrectionSchema, calendarRevokeSchema, calendarYearSchema } from "../../lib/calendar/schemas";
import * as review from "../../lib/review/schemas";
import * as certificates from "../../lib/certificates/schemas";
import { createSubUnitSchema, designateAdminSchema, registerUnitSchema, superiorRequestSchema, unitInfoSchema } from "../../lib/units/schemas";
import { randomIdNumber, randomUscc } from "../../prisma/seed/identifiers";
import * as evaluation from "../../lib/evaluation/schemas";
import { ruleSetSchema } from "../../lib/eligibility/rule-set-schema";
import { recordFindingSchema, revokeFindingSchema } from "../../lib/integrity/schemas";
import { disciplineSchema, retirementSchema, withdrawDisciplineSchema } from "../../lib/personnel/schemas";
import { e2eDatabase } from "./support/database";
import { person } from "./support/demo";
import { arbitraryOf, hostileString, LONG_DATE_LIST } from "./support/zod-arbitrary";
import { idNumberFrom } from "../../prisma/seed/identifiers";
import { LONE_SURROGATE_MESSAGE } from "../../lib/validation/fields";
import { YEAR_RANGE_MESSAGE } from "../../lib/validation/dates";
import { WORKBOOK_BOUNDS } from "../../lib/certificates/import-limits";
import { blankRows, declaredSize, hiddenPart, manyCells, manySharedStrings } from "../support/hostile-workbooks";

// Every server action and route handler, driven with inputs generated from its zod schema (hostile strings mixed in)
// and with hostile bodies and headers: no answer may be a 500, and a refused request writes nothing (every table reads
// the same before and after it; the lockout counters are left out: failed sign-ins count there on purpose, and the
// limiter clears expired counters on its own timer).

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const root = path.resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(root, process.env.NEXT_DIST_DIR ?? ".next-e2e", "server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { workers: Record<string, unknown>; exportedName: string; filename: string }>;
};

const SCHEMAS: Record<string, z.ZodType> = {
  approveRegistrationAction: idSchema,
  rejectRegistrationAction: rejectSchema,
  revealContactMobileAction: idSchema,
  saveRoundAction: roundSchema,
  rejectSuperiorAction: rejectSchema,
  requestSuperiorAction: superiorRequestSchema,
  updateUnitInfoAction: unitInfoSchema,
  approveSuperiorAction: idSchema,
  createSubUnitAction: createSubUnitSchema,
  designateAdminAction: designateAdminSchema,
  setAccountStatusAction: accountStatusSchema,
  grantRoleAction: roleChangeSchema,
  revokeRoleAction: roleChangeSchema,
  rejectBindingAction: idSchema,
  updateAccountNameAction: accountNameSchema,
  exitAccountAction: idSchema,
  acceptBindingAction: idSchema,
  changePasswordAction: changePasswordSchema,
  requestBindingAction: bindUnitSchema,
  addApplicantAction: addApplicantSchema,
  saveDeclarationAction: saveDeclarationSchema,
  resubmitSupplementAction: declarationRefSchema,
  sendUnitLoginCodeAction: unitLoginSchema,
  registerPersonAction: registerPersonSchema,
  registerUnitAction: registerUnitSchema,
  unitDesignateAdminAction: designateAdminSchema,
  unitUpdateInfoAction: unitInfoSchema,
  verifyAction: review.verifySchema,
  deptReviewAction: review.deptReviewSchema,
  qualifyAction: review.qualifySchema,
  rejectAction: review.rejectSchema,
  supplementAction: review.supplementSchema,
  createPublicityAction: review.publicitySchema,
  completePublicityAction: review.publicityRefSchema,
  recommendAction: review.recommendationSchema,
  addCalendarYearAction: calendarYearSchema,
  correctCalendarDayAction: calendarCorrectionSchema,
  revokeCalendarCorrectionAction: calendarRevokeSchema,
  createCertificateAction: certificates.certificateSchema,
  reviewPhotoAction: certificates.photoReviewSchema,
  submitBatchAction: certificates.submitBatchSchema,
  decideBatchAction: certificates.batchDecisionSchema,
  uploadPhotoAction: certificates.photoUploadSchema,
  submitFilingAction: evaluation.filingSchema,
  reviewFilingAction: evaluation.filingReviewSchema,
  inviteExpertAction: evaluation.inviteExpertSchema,
  updateExpertProfileAction: evaluation.expertProfileSchema,
  drawCommitteeAction: evaluation.drawSchema,
  createMeetingAction: evaluation.meetingSchema,
  distributeAction: evaluation.distributeSchema,
  groupOpinionAction: evaluation.groupOpinionSchema,
  openVotingAction: evaluation.openVotingSchema,
  voteAction: evaluation.voteSchema,
  tallyAction: evaluation.meetingRefSchema,
  createResultPublicityAction: evaluation.resultPublicitySchema,
  completeResultPublicityAction: evaluation.meetingRefSchema,
  saveRuleSetAction: ruleSetSchema,
  recordFindingAction: recordFindingSchema,
  revokeFindingAction: revokeFindingSchema,
  recordRetirementAction: retirementSchema,
  recordDisciplineAction: disciplineSchema,
  withdrawDisciplineAction: withdrawDisciplineSchema,
};
/** Actions whose argument is the form's FormData (sent as multipart, as React does). */
const FORM_DATA_ACTIONS = new Set(["registerUnitAction", "recommendAction", "uploadPhotoAction", "submitFilingAction"]);
/** Refusals that are written on purpose: failed sign-in attempts are audited and counted by the lockout. */
const WRITES_WHEN_REFUSED = new Set(["sendUnitLoginCodeAction"]);

const db = e2eDatabase();
const tried = { requests: 0, refused: 0 };
let cookies: { person: Record<string, string>; unit: string };

/** The page an action is posted to, as the browser does: the first page that uses it, with dynamic segments filled. */
function pageOf(worker: string) {
  return worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "").replace(/\[[^\]]+\]/g, "x") || "/";
}

let fingerprintSql = "";

/** One hash of every application table's rows (the audit log, append-only, by its count and last id). */
async function databaseFingerprint() {
  if (!fingerprintSql) {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'RateLimiterFlexible', 'CertificateLookupLimit')
       ORDER BY table_name`;
    fingerprintSql = tables
      .map(({ name }) =>
        name === "AuditLog"
          ? `SELECT '${name}' || count(*) || '/' || coalesce(max(id), 0) AS h FROM "AuditLog"`
          : `SELECT '${name}' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS h FROM "${name}" t`,
      )
      .join(" UNION ALL ");
  }
  const rows = await db.$queryRawUnsafe<{ h: string }[]>(fingerprintSql);
  return rows.map((r) => r.h).sort().join(";");
}

async function signIn(playwright: typeof import("@playwright/test").request, baseURL: string, name: string) {
  const request = await playwright.newContext({ baseURL });
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const p = person(name);
  await request.post("/api/auth/callback/person", { form: { idNumber: p.idNumber, password: p.password, csrfToken: csrf.csrfToken, json: "true" } });
  const state = await request.storageState();
  const session = state.cookies.find((c) => c.name === "next-auth.session-token");
  await request.dispose();
  if (!session) throw new Error(`sign-in failed for ${name}`);
  return `next-auth.session-token=${session.value}`;
}

/** A unit-login session as sign-in makes it (the SMS step is covered by the sign-in journey). */
async function unitCookie() {
  const unit = await db.unit.findUniqueOrThrow({ where: { loginAccount: "91520100MA6DEM001K" } });
  const session = await db.authSession.create({ data: { unitId: unit.id } });
  const st = Math.floor(session.createdAt.getTime() / 1000);
  const token = await encode({ token: { sub: unit.id, name: unit.name, kind: "unit", sv: 0, mcp: false, sid: session.id, st }, secret: "e2e-secret-e2e-secret-e2e-secret", maxAge: 1800 });
  return `next-auth.session-token=${token}`;
}

function cookieFor(page: string) {
  if (page.startsWith("/unit")) return cookies.unit;
  if (/^\/(title\/declarations|title\/supplements|portal\/profile)/.test(page)) return cookies.person.applicant;
  if (/^\/(portal\/accounts|title\/applicant-accounts|title\/review)/.test(page)) return cookies.person.handler;
  return cookies.person.admin;
}

type Sent = { status: number; body: string };

/** Sends one request and checks the two rules; returns what came back. */
async function judged(label: string, send: () => Promise<{ status: () => number; text: () => Promise<string> }>, opts: { writesWhenRefused?: boolean } = {}): Promise<Sent> {
  const before = await databaseFingerprint();
  const res = await send();
  const sent = { status: res.status(), body: await res.text() };
  tried.requests += 1;
  expect(sent.status, `${label} → ${sent.body.slice(0, 300)}`).toBeLessThan(500);
  const refused = sent.status >= 400 || sent.body.includes('"ok":false') || sent.status === 303;
  if (refused) {
    tried.refused += 1;
    if (!opts.writesWhenRefused) expect(await databaseFingerprint(), `${label} was refused but wrote`).toBe(before);
  }
  return sent;
}

function actionRequest(request: APIRequestContext, action: { id: string; page: string }, body: string | Buffer, headers: Record<string, string> = {}) {
  return request.post(action.page, {
    headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", cookie: cookieFor(action.page), origin: test.info().project.use.baseURL!, ...headers },
    data: body,
    maxRedirects: 0,
  });
}

type FilePart = { filename: string; type: string; bytes: Buffer };

/**
 * React's encoding of a FormData argument: the form's fields as "_1_<name>", then part "0", the argument list, last
 * (the server resolves the list as soon as it has read it).
 */
function formDataBody(fields: Record<string, unknown>) {
  const boundary = "----fuzz" + Math.random().toString(16).slice(2);
  const parts: [string, unknown][] = [...Object.entries(fields).map(([k, v]): [string, unknown] => [`_1_${k}`, v]), ["0", '["$K1"]']];
  const chunks = parts.flatMap(([name, value]) => {
    const file = value as FilePart;
    const head = file?.bytes
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${encodeURIComponent(file.filename)}"\r\nContent-Type: ${file.type}\r\n\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`;
    const body = file?.bytes ?? Buffer.from(typeof value === "string" ? value : JSON.stringify(value ?? ""));
    return [Buffer.from(head), body, Buffer.from("\r\n")];
  });
  return { body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

/** As a client would put it in a URL; a lone surrogate cannot be encoded, so its raw UTF-8 bytes go instead. */
function inUrl(s: string) {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
}

const actions = Object.entries(manifest.node).map(([id, a]) => ({ id, name: a.exportedName, page: pageOf(Object.keys(a.workers)[0]) }));

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL!;
  const signedIn = (name: string) => signIn(playwright.request, baseURL, name);
  cookies = {
    person: { admin: await signedIn("吴省管"), handler: await signedIn("张管理"), applicant: await signedIn("王申报"), certificates: await signedIn("钱证书") },
    unit: await unitCookie(),
  };
});

test.afterAll(async () => {
  // The fuzzed sign-in attempts count against 127.0.0.1 in the lockout; later journeys sign in from there too.
  await db.rateLimiterFlexible.deleteMany({});
  await db.certificateLookupLimit.deleteMany({});
  console.log(`fuzz: ${tried.requests} requests (${tried.refused} refused), ${actions.length} server actions, ${RUNS} generated inputs each`);
  await db.$disconnect();
});

test("every server action is fuzzed: inputs from its schema", async ({ request }) => {
  test.setTimeout(480_000);
  expect(actions.map((a) => a.name).sort()).toEqual(Object.keys(SCHEMAS).sort());
  for (const action of actions) {
    const writesWhenRefused = WRITES_WHEN_REFUSED.has(action.name);
    await fc.assert(
      fc.asyncProperty(arbitraryOf(SCHEMAS[action.name]), async (input) => {
        if (FORM_DATA_ACTIONS.has(action.name)) {
          const form = formDataBody(typeof input === "object" && input ? (input as Record<string, unknown>) : { name: input });
          await judged(action.name, () => actionRequest(request, action, form.body, { "content-type": form.type }), { writesWhenRefused });
        } else {
          await judged(action.name, () => actionRequest(request, action, JSON.stringify([input === undefined ? null : input])), { writesWhenRefused });
        }
      }),
      { numRuns: RUNS },
    );
  }
});

/**
 * The inputs that once reached PostgreSQL or the working-day calendar (an HTTP 500): a lone surrogate in text stored
 * as JSON, a year-0000 day, a holiday list past 4,000 characters, hostile names and region codes. Each is otherwise
 * well formed, so only the field's own rule can refuse it; the answer names that rule, and nothing is written.
 */
const FIELD_REFUSALS: { action: string; input: Record<string, unknown>; message: string }[] = [
  { action: "verifyAction", input: { id: "d1", version: 1, pass: false, opinion: "材料不全\ud800" }, message: LONE_SURROGATE_MESSAGE },
  { action: "deptReviewAction", input: { id: "d1", version: 1, approve: false, opinion: "\udfff" }, message: LONE_SURROGATE_MESSAGE },
  { action: "qualifyAction", input: { id: "d1", version: 1, opinion: "符合\ud800" }, message: LONE_SURROGATE_MESSAGE },
  { action: "reviewPhotoAction", input: { id: "c1", version: 1, approve: false, reason: "照片模糊\ud800" }, message: LONE_SURROGATE_MESSAGE },
  { action: "saveDeclarationAction", input: { form: { basic: { position: "工程师\ud800" } } }, message: LONE_SURROGATE_MESSAGE },
  { action: "correctCalendarDayAction", input: { date: "2027-10-08", kind: "OFF", noticeName: "通知", noticeNumber: "1号", note: "说明\ud800", version: 0 }, message: LONE_SURROGATE_MESSAGE },
  { action: "correctCalendarDayAction", input: { date: "0000-01-01", kind: "OFF", noticeName: "通知", noticeNumber: "1号", note: "说明", version: 0 }, message: YEAR_RANGE_MESSAGE },
  { action: "createPublicityAction", input: { title: "公示", startDate: "0001-01-01", workingDays: 5, contactName: "李经办", contactPhone: "13800000000", content: "内容", declarationIds: ["d1"] }, message: YEAR_RANGE_MESSAGE },
  { action: "addCalendarYearAction", input: { year: 2027, noticeName: "通知", noticeNumber: "国办发明电〔2026〕1号", holidays: LONG_DATE_LIST, workdays: "" }, message: "放假日期过长" },
  { action: "inviteExpertAction", input: { idNumber: idNumberFrom("520102", "19800101", "123"), name: "<script>alert(1)</script>", specialty: "道路", title: "正高级工程师", workUnitName: "某院", contact: "13900000000", termStart: "2026-01-01", termEnd: "2028-12-31" }, message: "姓名只能由汉字、字母和间隔号（·）组成" },
  { action: "inviteExpertAction", input: { idNumber: idNumberFrom("999999", "19800101", "123"), name: "", specialty: "道路", title: "正高级工程师", workUnitName: "某院", contact: "13900000000", termStart: "2026-01-01", termEnd: "2028-12-31" }, message: "身份证号前6位不是有效的行政区划代码" },
  { action: "createCertificateAction", input: { name: "张\u200b三" }, message: "姓名只能由汉字、字母和间隔号（·）组成" },
  { action: "createCertificateAction", input: { idNumber: idNumberFrom("000000", "19800101", "123") }, message: "身份证号前6位不是有效的行政区划代码" },
  { action: "registerPersonAction", input: { idNumber: idNumberFrom("999999", "19800101", "123") }, message: "身份证号前6位不是有效的行政区划代码" },
];

test("hostile text, year-0000 dates, long lists, names and region codes are refused at their fields", async ({ request }) => {
  for (const { action: name, input, message } of FIELD_REFUSALS) {
    const action = actions.find((a) => a.name === name)!;
    const sent = await judged(`${name} ${JSON.stringify(input).slice(0, 80)}`, () => actionRequest(request, action, JSON.stringify([input])));
    expect(sent.body, name).toContain('"ok":false');
    expect(sent.body, name).toContain(message);
  }
});

test("hostile workbooks are refused by 证书导入's bounds, writing nothing", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const workbooks: [string, () => Promise<Buffer>, string][] = [
    ["2 million shared strings", () => manySharedStrings(WORKBOOK_BOUNDS.maxSharedStrings + 10), "文件中的文字条目超过"],
    ["100,010 blank rows", () => blankRows(WORKBOOK_BOUNDS.maxRows + 10), "工作表超过100,000行（空行也计入）"],
    ["2 million cells", () => manyCells(WORKBOOK_BOUNDS.maxCells + 10), "工作表的单元格超过"],
    ["a part declared at 4GB", () => declaredSize(2 ** 32 - 1), "文件解压后超过200MB"],
    ["a part larger than declared", () => declaredSize(1000), "无法读取该文件"],
    ["a part hidden from the directory", () => hiddenPart("<x/>".repeat(100_000)), "无法读取该文件"],
  ];
  for (const [label, make, message] of workbooks) {
    const file = await make();
    const before = await databaseFingerprint();
    const res = await request.post("/api/certificates/import", {
      headers: { cookie: cookies.person.certificates, origin: baseURL! },
      multipart: { mode: "check", file: { name: "证书.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file } },
    });
    const body = await res.text();
    tried.requests += 1;
    tried.refused += 1;
    expect(res.status(), `${label} → ${body.slice(0, 300)}`).toBeLessThan(500);
    const last = JSON.parse(body.trim().split("\n").at(-1)!) as { error?: string };
    expect(last.error, label).toContain(message);
    expect(await databaseFingerprint(), `${label} was refused but wrote`).toBe(before);
  }
});

test("申报's route (outside proxy.ts) is fuzzed like an action and refuses hostile requests", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const submit = (data: string | Buffer, headers: Record<string, string> = {}) =>
    request.post("/api/declarations/submit", { headers: { cookie: cookies.person.applicant, origin: baseURL!, "content-type": "application/json", ...headers }, data });
  await fc.assert(
    fc.asyncProperty(arbitraryOf(submitDeclarationSchema), async (input) => {
      await judged("submit route", () => submit(JSON.stringify(input ?? null)));
    }),
    { numRuns: RUNS },
  );
  for (const body of ["{", "[]", "null", '{"id":{"$ne":1},"status":"DRAFT","version":1e309}', "\u0000"]) {
    await judged(`submit route body ${body}`, () => submit(body));
  }
  for (const origin of ["null", "http://[::1", "https://evil.example", "file://"]) {
    expect((await judged(`submit route Origin ${origin}`, () => submit("{}", { origin }))).status).toBe(403);
  }
  expect((await judged("submit route 1MB", () => submit(JSON.stringify({ id: "a".repeat(1 << 20) })))).status).toBe(413);
  const signedOut = await judged("submit route signed out", () => request.post("/api/declarations/submit", { headers: { origin: baseURL! }, data: { id: "x", status: "DRAFT", version: 0 } }));
  expect(signedOut.status).toBe(401);
  expect(JSON.parse(signedOut.body).message).toBe("登录已失效，请重新登录");
});

test("every server action refuses hostile bodies and headers without a 500", async ({ request }) => {
  test.setTimeout(180_000);
  const deep = "[".repeat(5000) + "]".repeat(5000);
  const bodies: [string, string | Buffer, Record<string, string>?][] = [
    ["invalid JSON", "{not json"],
    ["empty body", ""],
    ["deeply nested", deep],
    ["not an argument list", '{"a":1}'],
    ["broken multipart", "--x\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[", { "content-type": "multipart/form-data; boundary=x" }],
    ["multipart without boundary", "abc", { "content-type": "multipart/form-data" }],
    ["JSON content type", "[]", { "content-type": "application/json" }],
    ["Origin: null", "[{}]", { origin: "null" }],
    ["malformed Origin", "[{}]", { origin: "http://[::1" }],
    ["another site's Origin", "[{}]", { origin: "https://evil.example" }],
    ["NUL in argument", JSON.stringify([{ id: "\u0000", name: "\u0000", unitName: "a\u0000" }])],
    ["over the size limit", Buffer.alloc(13 * 1024 * 1024, 0x61)],
  ];
  for (const action of actions) {
    for (const [label, body, headers] of bodies) {
      const sent = await judged(`${action.name}: ${label}`, () => actionRequest(request, action, body, headers), { writesWhenRefused: WRITES_WHEN_REFUSED.has(action.name) });
      if (label === "over the size limit") {
        expect(sent.status).toBe(413);
        expect(sent.body).toContain("单次请求不能超过12MB");
      }
    }
  }
});

test("单位注册 with two legal 5MB files goes through: the proxy's body limit is the action's", async ({ request, baseURL }) => {
  const action = actions.find((a) => a.name === "registerUnitAction")!;
  const pdf = (label: string) => {
    const head = Buffer.from(`%PDF-1.4\n% ${label}\n`);
    return Buffer.concat([head, Buffer.alloc(5 * 1024 * 1024 - head.length - 6, 0x20), Buffer.from("\n%%EOF")]);
  };
  const uscc = randomUscc("520100");
  const fields = {
    name: `大文件测试${uscc.slice(8, 14)}有限公司`,
    uscc,
    kind: "ENTERPRISE",
    regionCode: "520100",
    legalRepName: "法人丙",
    legalRepIdNumber: randomIdNumber(),
    contactName: "联系人丁",
    contactMobile: "13655550009",
    address: "贵阳市观山湖区",
    password: "Unit@2026x",
    confirmPassword: "Unit@2026x",
  };
  const form = formDataBody({
    ...fields,
    usccFile: { filename: "营业执照.pdf", type: "application/pdf", bytes: pdf("uscc") },
    authLetterFile: { filename: "授权书.pdf", type: "application/pdf", bytes: pdf("letter") },
  });
  expect(form.body.length).toBeGreaterThan(10 * 1024 * 1024);
  const res = await actionRequest(request, action, form.body, { "content-type": form.type, origin: baseURL! });
  const body = await res.text();
  tried.requests += 1;
  expect(res.status(), body.slice(0, 300)).toBe(200);
  expect(body).toContain('"ok":true');
  expect(await db.unit.count({ where: { uscc } })).toBe(1);
});

test("every route handler and list page answers hostile input with 4xx", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const cookie = cookies.person.applicant;
  const strings = fc.sample(hostileString, 40).concat(["%00", "..%2f..%2fetc", "a".repeat(300)]);
  for (const s of strings) {
    const id = inUrl(s) || "%20";
    await judged(`file ${JSON.stringify(s)}`, () => request.get(`/api/declarations/files/${id}`, { headers: { cookie } }));
    await judged(`registration file ${JSON.stringify(s)}`, () => request.get(`/config/registrations/files/${id}`, { headers: { cookie: cookies.person.admin }, maxRedirects: 0 }));
    for (const url of [`/title/review/files/${id}`, `/title/review/publicity/${id}/pdf`, `/title/review/export/${id}`, `/title/review/export/verify?q=${id}&roundId=${id}&tab=${id}`, `/title/evaluation/meetings/${id}/confirmation/${id}`, `/title/evaluation/files/${id}`]) {
      await judged(`${url}`, () => request.get(url, { headers: { cookie: cookies.person.handler }, maxRedirects: 0 }));
    }
    for (const url of [`/title/certificates/photos/${id}`, `/query/certificates/${id}/pdf?token=${id}`, `/query/verify/${id}?code=${id}`, `/query/verify/${id}/photo?code=${id}`, "/title/certificates/template"]) {
      await judged(url, () => request.get(url, { headers: { cookie }, maxRedirects: 0 }));
    }
    await judged(`lookup ${JSON.stringify(s)}`, () => request.post("/api/certificates/lookup", { headers: { origin: baseURL! }, data: { name: s, number: s } }));
    await judged(`import ${JSON.stringify(s)}`, () =>
      request.post("/api/certificates/import", { headers: { cookie, origin: baseURL! }, multipart: { mode: s, file: { name: `${s}.xlsx`, mimeType: "application/octet-stream", buffer: Buffer.from(s) } } }),
    );
    for (const list of ["/portal/accounts/roles", "/portal/accounts/incoming", "/config/units", "/config/registrations", "/config/audit", "/title/applicant-accounts", "/title/evaluation/filing-review"]) {
      await judged(`${list}?q=${JSON.stringify(s)}`, () => request.get(`${list}?q=${inUrl(s)}&action=${inUrl(s)}&page=${inUrl(s)}`, { headers: { cookie: list.startsWith("/portal/accounts") || list.startsWith("/title") ? cookies.person.handler : cookies.person.admin }, maxRedirects: 0 }));
    }
  }
  const upload = (headers: Record<string, string>, data: string | Buffer) =>
    request.post("/api/declarations/files", { headers: { cookie, origin: baseURL!, ...headers }, data });
  for (const origin of ["null", "http://[::1", "https://evil.example", "file://", ""]) {
    await judged(`upload Origin ${origin}`, () => upload({ origin, "content-type": "multipart/form-data; boundary=x" }, "--x--"));
    if (origin) {
      const lookup = await judged(`lookup Origin ${origin}`, () => request.post("/api/certificates/lookup", { headers: { origin }, data: { name: "张三", number: "X1" } }));
      expect(lookup.status).toBe(403);
    }
  }
  await judged("upload broken multipart", () => upload({ "content-type": "multipart/form-data; boundary=x" }, "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n\r\n%PDF"));
  await judged("upload no boundary", () => upload({ "content-type": "multipart/form-data" }, "abc"));
  await judged("upload JSON", () => upload({ "content-type": "application/json" }, "{}"));
  for (const body of ["{", "[]", "null", '{"name":{"$ne":1},"number":["x"]}']) {
    await judged(`lookup body ${body}`, () => request.post("/api/certificates/lookup", { headers: { origin: baseURL!, "content-type": "application/json" }, data: body }));
  }
  const longLookup = await judged("lookup 1MB", () => request.post("/api/certificates/lookup", { headers: { origin: baseURL!, "content-type": "application/json" }, data: JSON.stringify({ name: "a".repeat(1 << 20) }) }));
  expect(longLookup.status).toBe(413);
  const oversize = await judged("upload 20MB", () => upload({ "content-type": "multipart/form-data; boundary=x" }, Buffer.alloc(20 * 1024 * 1024, 0x61)));
  expect(oversize.status).toBe(413);
  for (const [method, url] of [["PUT", "/api/declarations/files"], ["DELETE", "/login"], ["PATCH", "/config/units"]] as const) {
    await judged(`${method} ${url}`, () => request.fetch(url, { method, headers: { cookie } }));
  }
  // Sign-in with hostile credentials: refused with the usual message, nothing written, never a 500.
  for (const s of fc.sample(hostileString, 6)) {
    const csrf = await (await request.get("/api/auth/csrf")).json();
    await judged(`sign-in ${JSON.stringify(s)}`, () => request.post("/api/auth/callback/person", { form: { idNumber: s, password: s, csrfToken: csrf.csrfToken, json: "true" }, maxRedirects: 0 }));
  }
});
