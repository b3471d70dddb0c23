import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginAsPerson, signedInPage } from "./support/demo";
import { e2eDatabase } from "./support/database";
import { fillFilingForm } from "./support/filing-form";
import { createPerson, createUnit, DEMO_PASSWORD } from "../../prisma/seed/factories";
import { pngPhoto } from "../../prisma/seed/id-photo";

// The paths that say no: 评审权备案审核 不通过, 证书确认 退回, 证书补录's 照片退回, 新进账号管理 拒绝 and 归口申请 不通过.
// Each decider finds the record, gives the reason, and the one decided on sees the outcome. Where the demo's own
// records are taken by the other journeys, the record is arranged here, beside the demo data.

const db = e2eDatabase();
test.afterAll(() => db.$disconnect());

const shanghai = (d: Date, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", ...o }).format(d);
const year = Number(shanghai(new Date(), { year: "numeric" }));
const ENTERPRISE = "贵州黔匠智造科技有限公司";
const SELF_EVAL = "贵州省交通规划勘察设计研究院";
const GUIYANG = "贵阳市人力资源和社会保障局";
const DEPT = "贵州省工业和信息化厅";

/** A person of the test's own, signed in with the demo password. */
async function asNew(browser: Browser, person: { idNumber: string; name: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAsPerson(page, person.idNumber, DEMO_PASSWORD);
  await expect(page.getByTestId("signed-in")).toContainText(person.name);
  return page;
}

async function nav(page: Page, label: string) {
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { name: label, exact: true })).toBeVisible();
}

/** Once the refresh has taken the decided control off the page, the message of what was done stays in its place. */
async function leftBehind(page: Page, message: string) {
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("status").filter({ hasText: message })).toBeVisible();
}

const unitId = async (name: string) => (await db.unit.findUniqueOrThrow({ where: { name } })).id;
const number = (prefix: string) => `${prefix}${year}${randomInt(100000, 999999)}`;

/** A certificate of `unit` for `holder`, as 证书补录 holds it at the given step. */
async function certificate(o: { unit: string; holder: { name: string; idNumber: string }; status: "ENTERING" | "SUBMITTED"; batchId?: string }) {
  return db.certificate.create({
    data: {
      number: number("GZTH"),
      name: o.holder.name,
      idNumber: o.holder.idNumber,
      gender: "女",
      titleName: "工程师",
      level: "中级",
      series: "工程系列",
      specialty: "隧道工程",
      committee: `${o.unit}工程系列职称评审委员会`,
      approvalNo: `黔职评〔${year}〕9号`,
      obtainedOn: `${year - 1}-12-10`,
      issuer: o.unit,
      status: o.status,
      photoStatus: o.status === "SUBMITTED" ? "APPROVED" : "NONE",
      unitId: await unitId(o.unit),
      batchId: o.batchId,
    },
  });
}

test("评审权备案审核：主管部门不通过，备案单位看到未通过与审核意见", async ({ browser }) => {
  test.setTimeout(120_000);
  const committee = `${SELF_EVAL}隧道工程专业高级职称评审委员会`;
  const organizer = await signedInPage(browser, "钱证书");
  await nav(organizer, "评审权备案");
  await organizer.getByRole("link", { name: "新增" }).click();
  await expect(organizer.getByRole("heading", { name: "新增评审权备案" })).toBeVisible();
  await organizer.waitForLoadState("networkidle");
  await fillFilingForm(organizer, { committee, specialty: "隧道工程", year, validTo: `${year + 2}-12-31` });
  await organizer.getByRole("button", { name: "保存" }).click();
  await expect(organizer.getByTestId("filing-row").filter({ hasText: committee })).toContainText("待主管部门审核");

  const dept = await signedInPage(browser, "赵主管");
  await nav(dept, "评审权备案审核");
  await dept.getByRole("link", { name: `详情 ${committee}` }).click();
  await dept.getByLabel("审核意见").fill("备案材料缺少评审范围说明");
  await dept.getByRole("button", { name: "不通过", exact: true }).click();
  await expect(dept.getByText("未通过", { exact: true })).toBeVisible();
  await expect(dept.getByRole("button", { name: "不通过", exact: true })).toHaveCount(0);
  await leftBehind(dept, "已审核不通过");
  await nav(dept, "评审权备案审核");
  await expect(dept.getByRole("link", { name: `详情 ${committee}` })).toHaveCount(0);

  await organizer.reload();
  const row = organizer.getByTestId("filing-row").filter({ hasText: committee });
  await expect(row).toContainText("未通过");
  await row.getByRole("link", { name: `详情 ${committee}` }).click();
  await expect(organizer.getByText("备案材料缺少评审范围说明")).toBeVisible();
});

test("证书确认：专技处退回批次并说明原因，列表读作“详情”，单位的证书回到退回", async ({ browser }) => {
  test.setTimeout(90_000);
  const holder = await createPerson(db, { name: "退批次" });
  const batch = await db.certificateBatch.create({ data: { unitId: await unitId(GUIYANG), status: "SUBMITTED", count: 1, submittedById: holder.id } });
  const cert = await certificate({ unit: GUIYANG, holder, status: "SUBMITTED", batchId: batch.id });

  const confirmer = await signedInPage(browser, "陈专技");
  await nav(confirmer, "证书确认");
  await confirmer.getByRole("link", { name: `审核 ${GUIYANG}`, exact: true }).click();
  await expect(confirmer.getByRole("heading", { name: `证书确认：${GUIYANG}` })).toBeVisible();
  await expect(confirmer.getByRole("cell", { name: cert.number })).toBeVisible();
  await confirmer.getByLabel(`退回原因（${GUIYANG}）`).fill("批准文号与发文不一致");
  await confirmer.getByRole("button", { name: `退回 ${GUIYANG}` }).click();
  await expect(confirmer.getByText("共1条，状态：已退回，退回原因：批准文号与发文不一致")).toBeVisible();
  await leftBehind(confirmer, "已退回");

  // A decided batch reads 详情, and a screen reader announces it so.
  await nav(confirmer, "证书确认");
  const row = confirmer.getByTestId("batch-row").filter({ hasText: GUIYANG });
  await expect(row).toContainText("已退回");
  await expect(row.getByRole("link", { name: `详情 ${GUIYANG}`, exact: true })).toHaveText("详情");
  await expect(confirmer.getByRole("link", { name: `审核 ${GUIYANG}`, exact: true })).toHaveCount(0);

  const unit = await signedInPage(browser, "刘人社");
  await nav(unit, "证书补录");
  await expect(unit.getByTestId("certificate-row").filter({ hasText: cert.number })).toContainText("退回");
});

test("证书补录：单位退回照片并说明原因，本人看到原因并可重新上传", async ({ browser }) => {
  test.setTimeout(90_000);
  const holder = await createPerson(db, { name: "退照片" });
  const cert = await certificate({ unit: SELF_EVAL, holder, status: "ENTERING" });

  const person = await asNew(browser, holder);
  await nav(person, "职称证书补录");
  await person.getByRole("link", { name: `照片上传 ${cert.number}` }).click();
  await expect(person.getByRole("heading", { name: "照片上传" })).toBeVisible();
  await person.getByLabel("照片", { exact: true }).setInputFiles({ name: "照片.png", mimeType: "image/png", buffer: pngPhoto() });
  await person.getByRole("button", { name: "提交", exact: true }).click();
  await expect(person.getByTestId("form-message")).toHaveText("照片已提交，请等待评委会组建单位审核");

  const unit = await signedInPage(browser, "钱证书");
  await nav(unit, "证书补录");
  await unit.getByLabel("姓名或身份证号").fill(holder.idNumber);
  await unit.getByRole("button", { name: "查询" }).click();
  await unit.getByLabel(`退回原因（${holder.name}）`).fill("背景不是白色");
  await unit.getByRole("button", { name: `退回 ${holder.name}` }).click();
  await leftBehind(unit, "照片已退回，本人可见退回原因");
  const row = unit.getByTestId("certificate-row").filter({ hasText: cert.number });
  await expect(row).toContainText("退回原因：背景不是白色");
  await expect(row.getByRole("button", { name: `退回 ${holder.name}` })).toHaveCount(0);

  await nav(person, "职称证书补录");
  const mine = person.getByTestId("my-certificate-row").filter({ hasText: cert.number });
  await expect(mine).toContainText("退回原因：背景不是白色");
  await expect(mine.getByRole("link", { name: `照片上传 ${cert.number}` })).toBeVisible();
});

test("新进账号管理：管理员拒绝绑定申请，本人看到不通过", async ({ browser }) => {
  test.setTimeout(90_000);
  const applicant = await createPerson(db, { name: "拒绑定" });
  const person = await asNew(browser, applicant);
  await person.getByRole("link", { name: "个人资料" }).click();
  await person.getByLabel("现工作单位名称").fill(ENTERPRISE);
  await person.getByLabel(/个人承诺/).check();
  await person.getByRole("button", { name: "提交" }).click();
  await expect(person.getByTestId("binding-status")).toContainText("待处理");

  const admin = await signedInPage(browser, "张管理");
  await nav(admin, "新进账号管理");
  await admin.getByRole("button", { name: `拒绝 ${applicant.name}` }).click();
  await expect(admin.getByRole("button", { name: `拒绝 ${applicant.name}` })).toHaveCount(0);
  await leftBehind(admin, "已拒绝该绑定申请");

  await person.reload();
  await expect(person.getByTestId("binding-status")).toContainText("不通过");
});

test("归口申请：主管部门不通过并说明原因，申请单位看到结果", async ({ browser }) => {
  test.setTimeout(90_000);
  const unit = await createUnit(db, { name: `贵阳归口退回测试有限公司${randomInt(1000, 9999)}` });
  const adminPerson = await createPerson(db, { name: "归口管", unitId: unit.id, roles: ["UNIT_ADMIN"] });

  const admin = await asNew(browser, adminPerson);
  await nav(admin, "单位基础信息管理");
  await admin.getByRole("link", { name: `修改 ${unit.name}` }).click();
  await admin.getByLabel("所属上级单位/主管部门").fill(DEPT);
  await admin.getByRole("button", { name: "确定" }).click();
  await expect(admin.getByText("归口申请已提交，请等待上级单位审核")).toBeVisible();

  const dept = await signedInPage(browser, "赵主管");
  await nav(dept, "单位基础信息管理");
  const request = dept.getByTestId("superior-request").filter({ hasText: unit.name });
  await request.getByLabel(`不通过原因（${unit.name}）`).fill("该单位不属于本部门管理范围");
  await request.getByRole("button", { name: "不通过" }).click();
  await expect(request).toHaveCount(0);
  await leftBehind(dept, "已不通过");

  await admin.reload();
  await expect(admin.getByText(`当前上级单位：未关联；最近申请：${DEPT}（不通过）`)).toBeVisible();
});
