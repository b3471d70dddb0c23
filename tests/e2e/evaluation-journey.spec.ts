import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { loginAsPerson, signedInPage } from "./support/demo";
import { e2eDatabase } from "./support/database";
import { PDF } from "./support/declaration-form";
import { fillFilingForm } from "./support/filing-form";
import { DEMO_PASSWORD } from "../../prisma/seed/factories";
import { randomIdNumber } from "../../prisma/seed/identifiers";
import { DEMO_EXPERTS, demoPersonId } from "../../prisma/seed/demo-evaluation";

// The evaluation stage: 评审权备案 → 评审权备案审核 (主管部门) → 省人社厅批准 → 专家库 → 评委会抽取 → 线上评审 (新增会议,
// 分发材料, 开始投票) → experts read and vote, the recused expert seeing nothing of that applicant → 统票 →
// 评审结果公示 → 完成公示 → 评审通过确认单 → the certificate in 证书补录.

const db = e2eDatabase();
test.afterAll(() => db.$disconnect());

const shanghai = (d: Date, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", ...o }).format(d);
const year = Number(shanghai(new Date(), { year: "numeric" }));
const today = shanghai(new Date(), { year: "numeric", month: "2-digit", day: "2-digit" });
const EVAL_ROUND = `${year}年度工程系列（道路工程专业）高级职称评审`;
const COMMITTEE = "贵州省交通规划勘察设计研究院桥梁工程专业高级职称评审委员会";
const MEETING = "道路工程专业高级职称评审会（第二次）";

async function asExpert(browser: Browser, name: string): Promise<Page> {
  const expert = DEMO_EXPERTS.find((e) => e.name === name)!;
  const page = await (await browser.newContext()).newPage();
  await loginAsPerson(page, demoPersonId(expert.birth), DEMO_PASSWORD);
  await expect(page.getByTestId("signed-in")).toContainText(name);
  return page;
}

const nav = (page: Page, label: string) => page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: label }).click();
const meeting = (page: Page) => page.getByRole("region", { name: MEETING });

/** Once the refresh has taken the decided control off the page, the message of what was done stays in its place. */
async function leftBehind(where: Page | Locator, message: string) {
  await ("waitForLoadState" in where ? where : where.page()).waitForLoadState("networkidle");
  await expect(where.getByRole("status")).toHaveText(message);
}

test("评审权备案 → 审核 → 批准 → 专家库 → 抽取评委会 → 新增会议 → 分发材料 → 投票（回避） → 统票 → 结果公示 → 确认单", async ({ browser }) => {
  test.setTimeout(300_000);

  // 评审权备案: a validity over 3 years is refused next to the field, the rest kept; then filed to the 主管部门.
  const organizer = await signedInPage(browser, "钱证书");
  await nav(organizer, "评审权备案");
  await organizer.getByRole("link", { name: "新增" }).click();
  await expect(organizer).toHaveURL(/\/title\/evaluation\/filings\/new$/);
  await expect(organizer.getByRole("heading", { name: "新增评审权备案" })).toBeVisible();
  await fillFilingForm(organizer, { committee: COMMITTEE, specialty: "桥梁工程", year, validTo: `${year + 3}-01-01` });
  await organizer.getByRole("button", { name: "保存" }).click();
  await expect(organizer.getByLabel("有效期结束日期")).toHaveAccessibleDescription(/备案有效期不能超过3年/);
  await expect(organizer.getByLabel("评委会名称")).toHaveValue(COMMITTEE);
  await organizer.getByLabel("有效期结束日期").fill(`${year + 2}-12-31`);
  await organizer.getByLabel("备案材料").setInputFiles({ name: "备案材料.pdf", mimeType: "application/pdf", buffer: PDF });
  await organizer.getByRole("button", { name: "保存" }).click();
  await expect(organizer).toHaveURL(/\/title\/evaluation\/filings$/);
  await expect(organizer.getByTestId("filing-row").filter({ hasText: COMMITTEE })).toContainText("待主管部门审核");

  // 评审权备案审核 by the unit's 主管部门, then the province bureau's approval.
  for (const [reviewer, after, message] of [
    ["赵主管", "待省人社厅审批", "已审核通过，已报送省人社厅"],
    ["陈专技", "已备案", "已审核通过，评审权已备案"],
  ] as const) {
    const page = await signedInPage(browser, reviewer);
    await nav(page, "评审权备案审核");
    await page.getByTestId("filing-row").filter({ hasText: COMMITTEE }).getByRole("link", { name: `详情 ${COMMITTEE}` }).click();
    await page.getByLabel("审核意见").fill("同意");
    await page.getByRole("button", { name: "通过", exact: true }).click();
    // The decision panel leaves with the refresh; the status shows the outcome, the panel's place what was done.
    await expect(page.getByText(after, { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "通过", exact: true })).toHaveCount(0);
    await leftBehind(page, message);
  }
  await organizer.goto("/title/evaluation/filings?tab=filed");
  await expect(organizer.getByTestId("filing-row").filter({ hasText: COMMITTEE })).toContainText("已备案");

  // 专家库管理 → 邀请专家: a person without an account gets one with the initial password.
  await nav(organizer, "专家库管理");
  await organizer.getByRole("link", { name: "邀请专家" }).click();
  const invited = randomIdNumber();
  const form = organizer.getByRole("region", { name: "邀请专家" });
  await form.getByLabel("身份证号").fill(invited);
  await form.getByLabel("姓名").fill("梁新聘");
  await form.getByLabel("专业").fill("桥梁工程");
  await form.getByLabel("职称").fill("正高级工程师");
  await form.getByLabel("工作单位").fill("贵州桥梁建设集团");
  await form.getByLabel("联系方式").fill("0851-86661234");
  await form.getByLabel("聘期开始日期").fill(`${year}-01-01`);
  await form.getByLabel("聘期结束日期").fill(`${year + 2}-12-31`);
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByTestId("form-message")).toContainText("已加入专家库");
  await organizer.goto("/title/evaluation/experts?q=梁新聘");
  await expect(organizer.getByTestId("expert-row")).toHaveCount(1);
  await expect(organizer.getByTestId("expert-row")).toContainText("聘期内");

  // 评委会管理 → 抽取: an even size is refused; 11 in 3 评议组 are drawn, the seed recorded and the draw reproduced.
  await nav(organizer, "评委会管理");
  const filing = organizer.getByRole("region", { name: COMMITTEE });
  await filing.getByLabel("评委会人数").fill("10");
  await filing.getByLabel("评议组数").fill("3");
  await filing.getByRole("button", { name: "抽取" }).click();
  await expect(filing.getByLabel("评委会人数")).toHaveAccessibleDescription(/评委会人数须为单数，当前为10人/);
  await filing.getByLabel("评委会人数").fill("11");
  await filing.getByRole("button", { name: "抽取" }).click();
  await expect(filing.getByTestId("draw-record")).toContainText("从 12 名符合条件的专家中随机抽取 11 名");
  await expect(filing.getByTestId("draw-record")).toContainText("按种子复核一致");
  await expect(filing.getByTestId("member-row")).toHaveCount(11);
  await expect(filing.getByTestId("member-row").filter({ hasText: "主任委员" })).toHaveCount(1);

  // 线上评审管理 → 新增: a meeting of the round's QUALIFIED declaration still waiting (蒋八方).
  await nav(organizer, "线上评审管理");
  const newMeeting = organizer.getByRole("region", { name: "新增评审会议" });
  await newMeeting.getByLabel("申报批次").selectOption({ label: EVAL_ROUND });
  await newMeeting.getByLabel("会议名称").fill(MEETING);
  await newMeeting.getByRole("button", { name: "新增" }).click();
  await expect(organizer.getByTestId("meeting-row").filter({ hasText: MEETING })).toContainText("准备中");

  // The chair (周专家): 分发材料, reads the declaration, then 开始投票 with everyone present.
  const chair = await asExpert(browser, "周专家");
  // The demo meeting's two ballots wait on the home page.
  await expect(chair.getByTestId("todo").filter({ hasText: "在线评审" })).toContainText("在线评审 2 份待投票");
  await nav(chair, "在线评审");
  await meeting(chair).getByLabel("蒋八方的评议组").selectOption({ label: "第2评议组" });
  await meeting(chair).getByRole("button", { name: "分发 蒋八方" }).click();
  await expect(meeting(chair).getByTestId("row-message")).toContainText("已分发");
  await meeting(chair).getByRole("link", { name: "查看 蒋八方" }).click();
  await expect(chair.getByRole("heading", { name: "蒋八方的申报材料" })).toBeVisible();
  await expect(chair.getByText("贵州省建筑设计研究院").first()).toBeVisible();
  // The professional record, not the applicant's contact details or age.
  await expect(chair.getByText("现任职务")).toBeVisible();
  await expect(chair.getByText(/手机号码|出生日期/)).toHaveCount(0);
  await chair.goBack();
  const tomorrow = shanghai(new Date(Date.now() + 86_400_000), { year: "numeric", month: "2-digit", day: "2-digit" });
  await meeting(chair).getByLabel("投票截止时间（北京时间）").fill(`${tomorrow}T18:00`);
  await meeting(chair).getByRole("button", { name: "开始投票" }).click();
  await expect(meeting(chair).getByTestId("meeting-status")).toContainText("投票中");
  await leftBehind(meeting(chair), "已开始投票");

  // 钱建筑 works at the applicant's unit: the meeting shows him nothing of 蒋八方, and its page is not found.
  const recused = await asExpert(browser, "钱建筑");
  await nav(recused, "在线评审");
  await expect(meeting(recused).getByTestId("meeting-status")).toContainText("投票中");
  await expect(meeting(recused).getByText("蒋八方")).toHaveCount(0);
  const meetingId = (await db.reviewMeeting.findFirstOrThrow({ where: { name: MEETING } })).id;
  const { declarationId } = await db.meetingDeclaration.findFirstOrThrow({ where: { meetingId } });
  const hidden = await recused.goto(`/title/evaluation/review/${meetingId}/${declarationId}`);
  expect(hidden?.status()).toBe(404);

  // 7 同意 of the 10 present without a conflict pass (21 ≥ 20); the secret ballot shows only 已投票.
  const voters = ["周专家", "高路桥", "罗山川", "杨隧道", "何通衢", "马远征", "胡青松"];
  for (const name of voters) {
    const page = name === "周专家" ? chair : await asExpert(browser, name);
    if (name !== "周专家") await nav(page, "在线评审");
    await meeting(page).getByRole("button", { name: "同意 蒋八方", exact: true }).click();
    // The buttons give way to 已投票: a cast vote cannot be changed.
    await expect(meeting(page).getByTestId("agenda-row").filter({ hasText: "蒋八方" })).toContainText("已投票");
    await expect(meeting(page).getByRole("button", { name: "不同意 蒋八方" })).toHaveCount(0);
    await leftBehind(meeting(page), "投票成功");
  }

  // 统票 by the chair: 蒋八方 passes.
  await meeting(chair).getByRole("button", { name: "统票" }).click();
  await expect(meeting(chair).getByTestId("agenda-row").filter({ hasText: "蒋八方" })).toContainText("通过（实到10人，同意7、不同意0、弃权0）");
  await leftBehind(meeting(chair), "统票完成");

  // 评审结果公示 (≥ 5 working days, posted in January) → 完成公示 → 评审通过确认单 of 贵州省建筑设计研究院.
  await organizer.reload();
  await organizer.getByRole("link", { name: `评审结果公示 ${MEETING}` }).click();
  await expect(organizer.getByTestId("result-row").filter({ hasText: "蒋八方" })).toContainText("评审通过");
  const publicity = organizer.getByRole("region", { name: "新增评审结果公示" });
  await publicity.getByLabel("公示起始日期").fill(`${year}-01-05`);
  await publicity.getByLabel("公示天数（工作日）").fill("4");
  await publicity.getByLabel("联系人").fill("钱证书");
  await publicity.getByLabel("联系电话").fill("0851-86660000");
  await publicity.getByRole("button", { name: "保存" }).click();
  await expect(publicity.getByLabel("公示天数（工作日）")).toHaveAccessibleDescription(/公示期不能少于5个工作日/);
  await publicity.getByLabel("公示天数（工作日）").fill("5");
  await publicity.getByRole("button", { name: "保存" }).click();
  await expect(publicity.getByLabel("公示起始日期")).toHaveAccessibleDescription(`公示起始日期不能早于今天（${today}）`);
  await publicity.getByLabel("公示起始日期").fill(today);
  await publicity.getByRole("button", { name: "保存" }).click();
  await expect(organizer.getByTestId("result-publicity")).toContainText("公示中");
  await leftBehind(organizer, "公示已保存");
  // Five working days pass: the meeting and its publicity move back into January.
  const meetingRow = await db.reviewMeeting.findFirstOrThrow({ where: { name: MEETING } });
  await db.reviewMeeting.update({ where: { id: meetingRow.id }, data: { talliedAt: new Date(`${year}-01-05T02:00:00Z`) } });
  await db.resultPublicity.update({ where: { meetingId: meetingRow.id }, data: { startDate: `${year}-01-05`, endDate: `${year}-01-09` } });
  await organizer.reload();
  await organizer.getByRole("button", { name: "完成公示" }).click();
  await expect(organizer.getByTestId("result-publicity")).toContainText("已完成公示");
  await leftBehind(organizer, "已完成公示");
  const [download] = await Promise.all([
    organizer.waitForEvent("download"),
    organizer.getByRole("link", { name: "下载评审通过确认单（贵州省建筑设计研究院）" }).click(),
  ]);
  const text = execFileSync("pdftotext", ["-layout", await download.path(), "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain("评审通过确认单");
  expect(text).toContain("蒋八方");
  expect(text).not.toContain("孔七星");

  // 蒋八方 is now a certificate (source 评审) of the unit, submitted to the 专技处, who sees it in 证书确认.
  await organizer.goto("/title/certificates?q=蒋八方");
  await expect(organizer.getByText("蒋八方").first()).toBeVisible();
  const province = await signedInPage(browser, "陈专技");
  await province.goto("/title/certificate-batches");
  // Batches waiting for confirmation come first, newest first.
  await province.getByRole("link", { name: "审核 贵州省交通规划勘察设计研究院" }).first().click();
  await expect(province.getByRole("cell", { name: "蒋八方", exact: true })).toBeVisible();
});
