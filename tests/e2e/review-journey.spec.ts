import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { loginAsPerson, signedInPage } from "./support/demo";
import { e2eDatabase } from "./support/database";
import { fillDeclaration, PDF, PNG, typeCommitment } from "./support/declaration-form";
import { DEMO_UNITS } from "../../prisma/seed/demo";
import { createPerson, DEMO_PASSWORD } from "../../prisma/seed/factories";

// The manual's journey after 申报: 单位内部核验 → 申报公示 → 完成公示 → 单位推荐上报 → 职称评审推荐审核 →
// 资格性审查 (退回补充材料 → 补充 → 变更 view → 通过); and 核验不通过 back to the applicant.

const db = e2eDatabase();
test.afterAll(() => db.$disconnect());

const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const OPEN_ROUND = `${year}年度民营经济组织工程系列职称申报`;
const unitId = async (key: string) => (await db.unit.findUniqueOrThrow({ where: { name: DEMO_UNITS.find((u) => u.key === key)!.name } })).id;

const nav = (page: Page, label: string) => page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: label }).click();
const queueRow = (page: Page, name: string) => page.getByTestId("queue-row").filter({ hasText: name });

/** After a decision: the page shows the new status, and the decision's message is still there once the page has refreshed. */
async function decided(page: Page, status: string, message: string) {
  await expect(page.getByTestId("review-summary")).toContainText(status);
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("status")).toHaveText(message);
}

test("申报 → 核验通过 → 公示（跨国庆节） → 公示表 → 完成公示 → 推荐上报 → 主管部门通过 → 退回补充材料 → 补充 → 变更 → 资格性审查通过", async ({ browser }) => {
  test.setTimeout(180_000);
  const applicant = await createPerson(db, { name: "黄旅程", unitId: await unitId("enterprise") });

  // 申报人: 新增 → 保存 → 申报.
  const me = await (await browser.newContext()).newPage();
  await loginAsPerson(me, applicant.idNumber, DEMO_PASSWORD);
  await expect(me.getByTestId("signed-in")).toContainText("黄旅程");
  await me.goto("/title/declarations/new");
  await fillDeclaration(me, OPEN_ROUND, "中级", "工程师", "minimal");
  await typeCommitment(me);
  await me.getByRole("button", { name: "保存" }).click();
  await expect(me).toHaveURL(/\/title\/declarations$/);
  await me.getByTestId("declaration-row").getByRole("button", { name: "申报" }).click();
  await expect(me.getByTestId("declaration-row")).toContainText("已申报");

  // 单位内部核验: the home page names the waiting count; 审核 → 核验意见 → 核验通过.
  const unit = await signedInPage(browser, "李经办");
  await expect(unit.getByTestId("todo").filter({ hasText: "单位内部核验" })).toContainText(/单位内部核验 \d+ 条待审核/);
  await nav(unit, "单位内部核验");
  await queueRow(unit, "黄旅程").getByRole("link", { name: "审核 黄旅程" }).click();
  await expect(unit.getByTestId("review-summary")).toContainText("黄旅程");
  await expect(unit.getByRole("img", { name: "申报人头像" })).toBeVisible();
  await unit.getByLabel("核验意见").fill("材料齐全，情况属实");
  await unit.getByRole("button", { name: "核验通过" }).click();
  await decided(unit, "单位已核验", "已核验通过");

  // 申报公示 → 新增: the end date appears as the days are typed, across National Day and its adjusted Saturday.
  await nav(unit, "申报公示");
  await unit.getByRole("link", { name: "新增" }).click();
  await unit.getByLabel("公示标题").fill("黄旅程等职称申报公示");
  await unit.getByLabel("公示起始日期").fill("2025-09-30");
  await unit.getByLabel("公示天数（工作日）").fill("4");
  await expect(unit.getByTestId("end-date")).toContainText("不少于5个工作日");
  await unit.getByLabel("公示天数（工作日）").fill("5");
  await expect(unit.getByTestId("end-date")).toHaveText("2025-10-13");
  await unit.getByLabel("联系人").fill("李经办");
  await unit.getByLabel("联系电话").fill("0851-85550001");
  await unit.getByLabel("公示内容").fill("经单位内部核验，现将以下人员申报职称的情况予以公示。");
  await unit.getByLabel(/^黄旅程/).check();
  // A period already over cannot be saved: the public would never have seen it.
  await unit.getByRole("button", { name: "保存" }).click();
  await expect(unit.getByLabel("公示起始日期")).toHaveAccessibleDescription(`公示起始日期不能早于今天（${today}）`);
  await unit.getByLabel("公示起始日期").fill(today);
  await unit.getByRole("button", { name: "保存" }).click();
  await expect(unit).toHaveURL(/\/title\/review\/publicity$/);
  // Five working days pass: the period is moved back to the one typed first.
  await db.publicity.updateMany({ where: { title: "黄旅程等职称申报公示" }, data: { startDate: "2025-09-30", endDate: "2025-10-13" } });

  // 详情 → 公示表 PDF (text checked) → 完成公示 (its period has passed).
  await unit.getByTestId("publicity-row").filter({ hasText: "黄旅程等职称申报公示" }).getByRole("link", { name: /详情/ }).click();
  await expect(unit.getByTestId("publicity-end")).toHaveText("2025-10-13");
  const [download] = await Promise.all([unit.waitForEvent("download"), unit.getByRole("link", { name: "下载公示表" }).click()]);
  const text = execFileSync("pdftotext", ["-layout", await download.path(), "-"], { encoding: "utf8" });
  expect(text).toContain("黄旅程等职称申报公示");
  expect(text).toContain("黄旅程");
  expect(text).toContain(`${applicant.idNumber.slice(0, 4)}**********${applicant.idNumber.slice(14)}`);
  expect(text).not.toContain(applicant.idNumber);
  await unit.getByRole("button", { name: "完成公示" }).click();
  await expect(unit.getByTestId("publicity-detail")).toContainText("已完成公示");
  await expect(unit.getByRole("button", { name: "完成公示" })).toHaveCount(0);
  await expect(unit.getByRole("status")).toHaveText("已完成公示");

  // 单位推荐上报 → 推荐 → 推荐信息, both statements, tick → 上报 (to the competent department).
  await nav(unit, "单位推荐上报");
  await unit.getByRole("button", { name: "推荐" }).click();
  await unit.getByLabel("推荐信息").fill("经公示无异议，同意推荐。");
  await unit.getByLabel("《诚信承诺书》").setInputFiles({ name: "诚信承诺书.pdf", mimeType: "application/pdf", buffer: PDF });
  await unit.getByLabel("《公示情况说明》").setInputFiles({ name: "公示情况说明.png", mimeType: "image/png", buffer: PNG });
  await unit.getByLabel("选择 黄旅程").check();
  await unit.getByRole("button", { name: "上报" }).click();
  await expect(unit.getByTestId("form-message")).toHaveText("已上报至贵州省工业和信息化厅");
  // Another tab is another list: the message of the 上报 made on the last one goes.
  await unit.getByRole("navigation", { name: "按状态筛选" }).getByRole("link", { name: "已上报" }).click();
  await expect(queueRow(unit, "黄旅程")).toBeVisible();
  await expect(unit.getByTestId("form-message")).toHaveCount(0);

  // 职称评审推荐审核 (赵主管) → 通过.
  const dept = await signedInPage(browser, "赵主管");
  await nav(dept, "职称评审推荐审核");
  await queueRow(dept, "黄旅程").getByRole("link", { name: "审核 黄旅程" }).click();
  await expect(dept.getByRole("link", { name: "诚信承诺书" })).toBeVisible();
  await dept.getByRole("button", { name: "通过", exact: true }).click();
  await decided(dept, "主管部门审核通过", "已审核通过，已转至人社部门资格性审查");

  // 资格性审查 (刘人社) → 退回补充材料 naming two parts and a 补正期限.
  const bureau = await signedInPage(browser, "刘人社");
  await nav(bureau, "资格性审查");
  await queueRow(bureau, "黄旅程").getByRole("link", { name: "审核 黄旅程" }).click();
  await bureau.getByRole("checkbox", { name: "考试考核学时情况" }).check();
  await bureau.getByRole("checkbox", { name: "教育情况" }).check();
  await bureau.getByLabel("需补充的材料说明").fill("专业科目学时证明不全，缺学位证书");
  await bureau.getByLabel("补正期限").fill(`${year + 1}-01-15`);
  await bureau.getByRole("button", { name: "退回补充材料" }).click();
  await decided(bureau, "待补充材料", "已退回补充材料，已短信通知申报人");
  await expect(bureau.getByTestId("review-summary")).toContainText(`补正期限：${year + 1}-01-15`);

  // 补充申报材料: exactly the named parts and the deadline; the other parts are locked.
  await nav(me, "补充申报材料");
  const item = me.getByTestId("supplement-row");
  await expect(item).toContainText("请补充：考试考核学时情况、教育情况；专业科目学时证明不全，缺学位证书");
  await expect(item).toContainText(`补正期限：${year + 1}-01-15`);
  await item.getByRole("link", { name: "补充材料" }).click();
  await expect(me.getByLabel("现任职务")).toBeDisabled();
  await me.getByLabel("专业科目学时").fill("96");
  await me.getByLabel("教育情况附件").setInputFiles({ name: "学位证书.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(me.getByRole("link", { name: "学位证书.pdf" })).toBeVisible();
  await me.getByRole("button", { name: "保存" }).click();
  await expect(me).toHaveURL(/\/title\/supplements$/);
  await item.getByRole("button", { name: "提交" }).click();
  await expect(me.getByText("暂无需要补充材料的申报")).toBeVisible();
  await expect(me.getByRole("status")).toHaveText("补充材料已提交");

  // Back in the same bureau's queue: the 变更 view, then 通过.
  await bureau.goto("/title/review/qualification");
  await queueRow(bureau, "黄旅程").getByRole("link", { name: "审核 黄旅程" }).click();
  const changes = bureau.getByRole("table", { name: /变更内容/ });
  await expect(changes.getByRole("row", { name: /专业科目学时/ })).toContainText("96");
  await expect(changes).toContainText("学位证书.pdf");
  await bureau.getByLabel("审查意见").fill("符合申报条件");
  await bureau.getByRole("button", { name: "通过", exact: true }).click();
  await decided(bureau, "资格审查通过", "已通过资格性审查");

  // 跟踪: the applicant sees the stage and every move with the unit that made it.
  await me.goto("/title/declarations");
  await me.getByTestId("declaration-row").getByRole("link", { name: "跟踪" }).click();
  await expect(me.getByTestId("current-stage")).toContainText("资格性审查通过，待评审委员会评审");
  await expect(me.getByTestId("timeline-event")).toHaveCount(9);
  await expect(me.getByTestId("timeline-event").filter({ hasText: "推荐审核通过" })).toContainText("贵州省工业和信息化厅");
});

test("核验不通过：意见回到申报人，修改后可再次申报", async ({ browser }) => {
  const unit = await signedInPage(browser, "李经办");
  await nav(unit, "单位内部核验");
  await queueRow(unit, "周一鸣").getByRole("link", { name: "审核 周一鸣" }).click();
  await unit.getByRole("button", { name: "核验不通过" }).click();
  await expect(unit.getByText("核验不通过须填写核验意见")).toBeVisible();
  await unit.getByLabel("核验意见").fill("工作经历缺少起止时间证明");
  await unit.getByRole("button", { name: "核验不通过" }).click();
  await decided(unit, "单位核验不通过", "已核验不通过，核验意见已退回申报人并短信通知");

  const me = await signedInPage(browser, "周一鸣");
  await expect(me.getByTestId("my-declaration")).toContainText("单位核验不通过");
  await nav(me, "个人职称申报");
  const mine = me.getByTestId("declaration-row");
  await expect(mine).toContainText("单位核验不通过");
  await mine.getByRole("link", { name: "跟踪" }).click();
  await expect(me.getByTestId("timeline-event").last()).toContainText("工作经历缺少起止时间证明");
  await nav(me, "个人职称申报");
  await mine.getByRole("button", { name: "申报" }).click();
  await expect(mine).toContainText("已申报");
});

test("其他单位、其他部门看不到不属于自己的申报", async ({ browser }) => {
  const applicantDeclaration = await db.declaration.findFirstOrThrow({ where: { status: "DEPT_APPROVED" } });
  const other = await signedInPage(browser, "赵主管");
  const res = await other.goto(`/title/review/verify/${applicantDeclaration.id}`);
  expect(res?.status()).toBe(404);
  const exported = await other.request.get("/title/review/export/qualification");
  expect(exported.status()).toBe(403);
});
