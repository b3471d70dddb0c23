import type { Prisma, PrismaClient } from "../../lib/db/generated/client";
import { ENGINEERING_STORED_RULES, ENGINEERING_TITLES } from "../../lib/eligibility/rules";
import type { Role, UnitKind } from "../../lib/db/generated/enums";
import { hashPassword } from "../../lib/auth/password-hash";
import { INITIAL_PASSWORD } from "../../lib/auth/password-policy";
import { DEMO_PASSWORD } from "./factories";
import { idNumberFrom, usccFrom } from "./identifiers";
import { seedRegions } from "./regions";
import { DEMO_PIPELINE, seedDemoPipeline, stateAfter } from "./demo-pipeline";
import { seedDemoCertificates } from "./demo-certificates";
import { seedDemoEvaluation } from "./demo-evaluation";
import { STATUS_LABELS as PIPELINE_LABELS } from "../../lib/declarations/state-machine";

// The demo world: the province bureau over two city bureaus, a competent department, an enterprise, a public
// institution and a self-evaluating unit; a person for every role; one open round; sample registry records.
// Every write is an upsert on a natural key that leaves existing rows alone, so a second run changes nothing.

type UnitSeed = { key: string; name: string; kind: UnitKind; region: string; body: string; superior?: string; selfEvaluating?: boolean; login?: boolean };

export const DEMO_UNITS: UnitSeed[] = [
  { key: "province", name: "贵州省人力资源和社会保障厅", kind: "HR_BUREAU", region: "520000", body: "000000001" },
  { key: "guiyang", name: "贵阳市人力资源和社会保障局", kind: "HR_BUREAU", region: "520100", body: "000000002", superior: "province" },
  { key: "zunyi", name: "遵义市人力资源和社会保障局", kind: "HR_BUREAU", region: "520300", body: "000000003", superior: "province" },
  { key: "dept", name: "贵州省工业和信息化厅", kind: "COMPETENT_DEPT", region: "520000", body: "000000004", superior: "province" },
  { key: "enterprise", name: "贵州黔匠智造科技有限公司", kind: "ENTERPRISE", region: "520100", body: "MA6DEM001", superior: "dept", login: true },
  { key: "institution", name: "贵州省建筑设计研究院", kind: "PUBLIC_INSTITUTION", region: "520100", body: "000000005", superior: "guiyang" },
  { key: "selfEval", name: "贵州省交通规划勘察设计研究院", kind: "PUBLIC_INSTITUTION", region: "520000", body: "000000006", superior: "dept", selfEvaluating: true },
];

type PersonSeed = { label: string; name: string; birth: string; unit?: string; role?: Role; initialPassword?: boolean };

/** One person per role; ID numbers are valid but belong to nobody. */
export const DEMO_PEOPLE: PersonSeed[] = [
  { label: "单位管理员", name: "张管理", birth: "19800101", unit: "enterprise", role: "UNIT_ADMIN" },
  { label: "单位经办员（职称经办）", name: "李经办", birth: "19850202", unit: "enterprise", role: "UNIT_HANDLER" },
  { label: "申报人", name: "王申报", birth: "19900303", unit: "enterprise" },
  { label: "主管部门经办员", name: "赵主管", birth: "19780404", unit: "dept", role: "UNIT_HANDLER" },
  { label: "市人社局经办员", name: "刘人社", birth: "19820505", unit: "guiyang", role: "UNIT_HANDLER" },
  { label: "省人社厅专技处", name: "陈专技", birth: "19750606", unit: "province", role: "UNIT_HANDLER" },
  { label: "省人社厅管理员", name: "吴省管", birth: "19760707", unit: "province", role: "UNIT_ADMIN" },
  { label: "专家", name: "周专家", birth: "19650808", unit: "selfEval", role: "EXPERT" },
  { label: "自主评审单位职称经办（证书补录）", name: "钱证书", birth: "19830315", unit: "selfEval", role: "UNIT_HANDLER" },
  { label: "新建申报人（初始密码）", name: "孙新人", birth: "19950909", unit: "enterprise", initialPassword: true },
  ...DEMO_PIPELINE.map((d, i) => ({
    label: `申报人（${PIPELINE_LABELS[stateAfter(d.through)]}）`,
    name: d.applicant,
    birth: `198${i}0${i + 1}1${i}`,
    unit: "enterprise",
  })),
];

export const demoIdNumber = (p: PersonSeed) => idNumberFrom("520102", p.birth, "001");
export const demoUscc = (u: UnitSeed) => usccFrom(u.region, u.body);

export const REGISTRY_SAMPLES = [
  { uscc: usccFrom("520100", "MA6REG001"), name: "贵州筑城新材料有限公司", legalRepName: "钱立新" },
  { uscc: usccFrom("520300", "MA6REG002"), name: "遵义黔北电子有限公司", legalRepName: "孙北辰" },
  { uscc: usccFrom("520100", "MA6REG003"), name: "贵阳数谷信息技术有限公司", legalRepName: "冯数谷" },
];

const SERIES = [
  { name: "工程系列", sortOrder: 1, titles: ENGINEERING_TITLES },
  { name: "卫生系列", sortOrder: 2, titles: { JUNIOR: ["医士", "医师"], INTERMEDIATE: ["主治医师"], DEPUTY_SENIOR: ["副主任医师"], SENIOR: ["主任医师"] } },
  { name: "教育系列", sortOrder: 3, titles: { JUNIOR: ["三级教师", "二级教师"], INTERMEDIATE: ["一级教师"], DEPUTY_SENIOR: ["高级教师"], SENIOR: ["正高级教师"] } },
];

export async function seedDemo(db: PrismaClient, now = new Date()) {
  await seedRegions(db);
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const initialHash = await hashPassword(INITIAL_PASSWORD);

  const unitIds = new Map<string, string>();
  const people = new Map<string, { id: string; name: string; idNumber: string }>();
  for (const u of DEMO_UNITS) {
    const uscc = demoUscc(u);
    const unit = await db.unit.upsert({
      where: { uscc },
      update: {},
      create: {
        name: u.name,
        uscc,
        kind: u.kind,
        regionCode: u.region,
        selfEvaluating: u.selfEvaluating ?? false,
        superiorId: u.superior ? unitIds.get(u.superior) : null,
        status: "ACTIVE",
        loginAccount: uscc,
        passwordHash: demoHash,
        legalRepName: "演示法人",
        contactName: "演示联系人",
        contactMobile: "13800000001",
        address: "贵州省贵阳市观山湖区",
      },
    });
    unitIds.set(u.key, unit.id);
  }

  for (const p of DEMO_PEOPLE) {
    const unitId = p.unit ? unitIds.get(p.unit)! : null;
    const user = await db.user.upsert({
      where: { idNumber: demoIdNumber(p) },
      update: {},
      create: {
        idNumber: demoIdNumber(p),
        name: p.name,
        mobile: "13900000001",
        passwordHash: p.initialPassword ? initialHash : demoHash,
        mustChangePassword: !!p.initialPassword,
        unitId,
        realPersonVerified: !p.initialPassword,
      },
    });
    people.set(p.name, { id: user.id, name: user.name, idNumber: user.idNumber });
    if (p.role && unitId) {
      await db.roleGrant.upsert({
        where: { userId_unitId_role: { userId: user.id, unitId, role: p.role } },
        update: {},
        create: { userId: user.id, unitId, role: p.role },
      });
    }
  }

  for (const r of REGISTRY_SAMPLES) await db.registryRecord.upsert({ where: { uscc: r.uscc }, update: {}, create: r });
  for (const u of DEMO_UNITS) {
    await db.registryRecord.upsert({ where: { uscc: demoUscc(u) }, update: {}, create: { uscc: demoUscc(u), name: u.name, legalRepName: "演示法人" } });
  }

  const seriesIds = new Map<string, string>();
  for (const s of SERIES) {
    const row = await db.titleSeries.upsert({ where: { name: s.name }, update: {}, create: s });
    seriesIds.set(s.name, row.id);
  }
  // The national 工程系列 standard as the bureau's starting 申报条件 (the bureau edits them in 申报条件管理).
  const engineering = seriesIds.get("工程系列")!;
  const rules = ENGINEERING_STORED_RULES as unknown as Prisma.InputJsonValue;
  await db.eligibilityRuleSet.upsert({ where: { seriesId: engineering }, update: {}, create: { seriesId: engineering, rules } });

  const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(now));
  const open = await db.applicationRound.upsert({
    where: { name: `${year}年度民营经济组织工程系列职称申报` },
    update: {},
    create: {
      year,
      name: `${year}年度民营经济组织工程系列职称申报`,
      seriesId: seriesIds.get("工程系列")!,
      levels: ["JUNIOR", "INTERMEDIATE", "DEPUTY_SENIOR", "SENIOR"],
      windowStart: new Date(`${year}-01-01T08:00:00+08:00`),
      windowEnd: new Date(`${year}-12-31T17:00:00+08:00`),
      status: "OPEN",
      committeeName: "贵州省工程系列职称评审委员会",
      eligibilityRules: rules,
    },
  });
  // A round still open for drafts whose 申报 window has passed: shows the refusal that names the window.
  await db.applicationRound.upsert({
    where: { name: `${year - 1}年度卫生系列职称申报（申报时间已过）` },
    update: {},
    create: {
      year: year - 1,
      name: `${year - 1}年度卫生系列职称申报（申报时间已过）`,
      seriesId: seriesIds.get("卫生系列")!,
      levels: ["JUNIOR", "INTERMEDIATE", "DEPUTY_SENIOR", "SENIOR"],
      windowStart: new Date(`${year - 1}-11-01T08:00:00+08:00`),
      windowEnd: new Date(`${year - 1}-11-03T17:00:00+08:00`),
      status: "OPEN",
      committeeName: "贵州省卫生系列职称评审委员会",
    },
  });
  await seedDemoPipeline(db, {
    roundId: open.id,
    year,
    now,
    units: { enterprise: unitIds.get("enterprise")!, dept: unitIds.get("dept")!, guiyang: unitIds.get("guiyang")! },
    names: { enterprise: DEMO_UNITS.find((u) => u.key === "enterprise")!.name, dept: DEMO_UNITS.find((u) => u.key === "dept")!.name },
    people: { handler: people.get("李经办")!, dept: people.get("赵主管")!, applicants: new Map(DEMO_PIPELINE.map((d) => [d.applicant, people.get(d.applicant)!])) },
  });
  const unitOf = (key: string) => ({ id: unitIds.get(key)!, name: DEMO_UNITS.find((u) => u.key === key)!.name });
  await seedDemoCertificates(db, {
    unit: unitOf("selfEval"),
    city: unitOf("guiyang"),
    handler: people.get("钱证书")!,
    confirmer: people.get("陈专技")!,
    people,
  });
  await seedDemoEvaluation({
    db,
    year,
    now,
    seriesId: seriesIds.get("工程系列")!,
    units: { selfEval: unitOf("selfEval"), enterprise: unitOf("enterprise"), institution: unitOf("institution"), dept: unitOf("dept"), guiyang: unitOf("guiyang") },
    people: { organizer: people.get("钱证书")!, dept: people.get("赵主管")!, province: people.get("陈专技")!, bureau: people.get("刘人社")! },
    passwordHash: demoHash,
  });
  // 社保 contribution records of the pipeline's applicants: their employer since the form's 2010-07, except 陈五洲,
  // whose records show another employer until 2015-06 and half a year without contributions (资格性审查 shows it).
  const thisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(now);
  const enterpriseName = DEMO_UNITS.find((u) => u.key === "enterprise")!.name;
  for (const { applicant } of DEMO_PIPELINE) {
    const person = people.get(applicant)!;
    const periods =
      applicant === "陈五洲"
        ? [
            { employerName: "贵州筑城建设工程有限公司", fromMonth: "2010-07", toMonth: "2015-06" },
            { employerName: enterpriseName, fromMonth: "2016-01", toMonth: thisMonth },
          ]
        : [{ employerName: enterpriseName, fromMonth: "2010-07", toMonth: thisMonth }];
    for (const [i, p] of periods.entries()) {
      const id = `demo-si-${person.idNumber}-${i}`;
      await db.socialInsuranceRecord.upsert({ where: { id }, update: {}, create: { id, idNumber: person.idNumber, ...p } });
    }
  }
  // 离退休与处分登记: 李经办's unit has recorded a 警告 for 孙新人, running to the middle of next year.
  await db.disciplinePeriod.upsert({
    where: { id: "demo-discipline" },
    update: {},
    create: {
      id: "demo-discipline",
      userId: people.get("孙新人")!.id,
      unitId: unitIds.get("enterprise")!,
      kind: "警告",
      startsOn: `${year}-07-01`,
      endsOn: `${year + 1}-06-30`,
      documentNumber: `黔匠发〔${year}〕12号`,
      recordedById: people.get("李经办")!.id,
    },
  });
}
