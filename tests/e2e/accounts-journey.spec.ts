import { expect, test, type Page } from "@playwright/test";
import { REGISTRY_SAMPLES } from "../../prisma/seed/demo";
import { idNumberFrom, usccFrom } from "../../prisma/seed/identifiers";
import { loginAs, loginAsPerson, menuLabels } from "./support/demo";

// 账号使用手册 2024: a unit registers, designates its admin, a person binds to it and becomes its 职称经办;
// a unit without a registry match is reviewed by its bureau; a unit binds under its competent department.

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const UNIT_PASSWORD = "Unit@2026e2e";
const PERSON_PASSWORD = "Person@2026";

type UnitForm = { name: string; uscc: string; legalRep: string; mobile: string };

async function fillUnitRegistration(page: Page, u: UnitForm) {
  await page.goto("/register/unit");
  await page.getByLabel("单位名称").fill(u.name);
  await page.getByLabel("统一社会信用代码", { exact: true }).fill(u.uscc);
  await page.getByLabel("单位类型").selectOption({ label: "企业（含民营经济组织）" });
  await page.getByLabel("所在行政区划").selectOption({ label: "贵阳市" });
  await page.getByLabel("法定代表人姓名").fill(u.legalRep);
  await page.getByLabel("法定代表人身份证号").fill(idNumberFrom("520102", "19700101", "321"));
  await page.getByLabel("联系人姓名").fill("注册联系人");
  await page.getByLabel("联系人手机号码").fill(u.mobile);
  await page.getByLabel("单位地址").fill("贵阳市观山湖区长岭北路");
  await page.getByLabel("单位密码").fill(UNIT_PASSWORD);
  await page.getByLabel("确认密码").fill(UNIT_PASSWORD);
  await page.getByLabel("统一社会信用代码证书").setInputFiles({ name: "license.png", mimeType: "image/png", buffer: PNG });
  await page.getByLabel("授权书").setInputFiles({ name: "letter.pdf", mimeType: "application/pdf", buffer: PDF });
}

async function fillPersonRegistration(page: Page, p: { idNumber: string; name: string }) {
  await page.goto("/register/person");
  await page.getByLabel("身份证号").fill(p.idNumber);
  await page.getByLabel("姓名").fill(p.name);
  await page.getByLabel("手机号码").fill("13700001111");
  await page.getByLabel("密码", { exact: true }).fill(PERSON_PASSWORD);
  await page.getByLabel("确认密码").fill(PERSON_PASSWORD);
  await page.getByLabel("本人已完成人脸识别（模拟）").check();
  await page.getByRole("button", { name: "注册" }).click();
}

async function registerPerson(page: Page, p: { idNumber: string; name: string }) {
  await fillPersonRegistration(page, p);
  await expect(page.getByTestId("form-message")).toContainText("注册成功");
}

async function signIn(page: Page, p: { idNumber: string; name: string }) {
  await loginAsPerson(page, p.idNumber, PERSON_PASSWORD);
  await expect(page.getByTestId("signed-in")).toContainText(p.name);
}

async function openMenu(page: Page, label: string) {
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: label }).click();
  await expect(page.getByRole("heading", { name: label })).toBeVisible();
}

async function logout(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("单位注册 → 单位登录指定管理员 → 个人注册绑定 → 确认接收 → 授予职称经办 → 归口到主管部门", async ({ page, context }) => {
  test.setTimeout(240_000);
  const sample = REGISTRY_SAMPLES[0];
  const unit = { name: sample.name, uscc: sample.uscc, legalRep: sample.legalRepName, mobile: "13655550001" };
  const admin = { idNumber: idNumberFrom("520102", "19880808", "511"), name: "钱管理" };
  const staff = { idNumber: idNumberFrom("520102", "19920909", "522"), name: "孙经办" };

  await test.step("单位注册：错误的代码和伪造的文件在字段旁提示", async () => {
    await fillUnitRegistration(page, { ...unit, uscc: `${unit.uscc.slice(0, 17)}${unit.uscc[17] === "0" ? "1" : "0"}` });
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect(page.getByLabel("统一社会信用代码", { exact: true })).toHaveAccessibleDescription(/校验位不正确/);
    await page.getByLabel("统一社会信用代码", { exact: true }).fill(unit.uscc);
    await page.getByLabel("统一社会信用代码证书").setInputFiles({ name: "license.png", mimeType: "image/png", buffer: Buffer.from("plain text pretending") });
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect(page.getByLabel("统一社会信用代码证书")).toHaveAccessibleDescription(/按文件内容识别/);
    await expect(page.getByLabel("单位名称")).toHaveValue(unit.name);
  });

  await test.step("单位注册：登记信息一致 → 法定代表人实人认证（模拟）→ 注册成功", async () => {
    await page.getByLabel("统一社会信用代码证书").setInputFiles({ name: "license.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect(page.getByRole("heading", { name: "法定代表人实人认证（模拟）" })).toBeVisible();
    await page.getByRole("button", { name: "法定代表人已完成实人认证（模拟）" }).click();
    await expect(page.getByTestId("form-message")).toContainText("注册成功");
  });

  await test.step("重复注册被拒绝", async () => {
    await fillUnitRegistration(page, { ...unit, name: `${unit.name}分公司` });
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect(page.getByLabel("统一社会信用代码", { exact: true })).toHaveAccessibleDescription(/该单位已注册，无需重复注册/);
  });

  await test.step("个人注册（管理员与经办员本人）", async () => {
    await registerPerson(page, admin);
    await registerPerson(page, staff);
    await fillPersonRegistration(page, admin);
    await expect(page.getByLabel("身份证号")).toHaveAccessibleDescription("该身份证号已注册，请直接登录");
  });

  await test.step("单位登录（短信验证码）并指定管理员", async () => {
    await page.goto("/login");
    await page.getByRole("tab", { name: "单位登录" }).click();
    await page.getByLabel("单位账号").fill(unit.uscc);
    await page.getByLabel("单位密码").fill(UNIT_PASSWORD);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(page.getByTestId("form-message")).toContainText("136****0001");
    const outbox = await context.newPage();
    await outbox.goto("/dev/sms");
    const content = await outbox.getByTestId("sms").filter({ hasText: unit.mobile }).filter({ hasText: "验证码" }).first().getByTestId("sms-content").innerText();
    await outbox.close();
    await page.getByLabel("短信验证码").fill(content.match(/验证码(\d{6})/)![1]);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByRole("heading", { name: "单位基本信息" })).toBeVisible();
    await page.getByLabel("管理员身份证号").fill(admin.idNumber);
    await page.getByRole("button", { name: "确认" }).click();
    await expect(page.getByTestId("unit-admin")).toContainText(admin.name);
    await logout(page);
  });

  await test.step("个人资料 → 绑定单位（名称须准确）", async () => {
    await signIn(page, staff);
    await page.getByRole("link", { name: "个人资料" }).click();
    await page.getByLabel("现工作单位名称").fill(`${unit.name}x`);
    await page.getByLabel(/个人承诺/).check();
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByLabel("现工作单位名称")).toHaveAccessibleDescription(/未找到该单位/);
    await page.getByLabel("现工作单位名称").fill(unit.name);
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByTestId("binding-status")).toContainText("待处理");
    await logout(page);
  });

  await test.step("管理员：新进账号管理 → 确认接收；账号角色管理 → 绑定职称经办", async () => {
    await signIn(page, admin);
    expect(await menuLabels(page)).not.toContain("个人职称申报");
    await openMenu(page, "新进账号管理");
    await page.getByRole("button", { name: `确认接收 ${staff.name}` }).click();
    // An accepted request leaves the list of new accounts.
    await expect(page.getByRole("button", { name: `确认接收 ${staff.name}` })).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("已确认接收");
    await openMenu(page, "账号角色管理");
    await page.getByLabel("姓名或身份证号").fill(staff.idNumber);
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.getByTestId("list-count")).toHaveText("共 1 条");
    await page.getByRole("link", { name: `绑定 ${staff.name}` }).click();
    await page.getByRole("button", { name: "绑定 职称经办" }).click();
    await expect(page.getByRole("button", { name: "解绑 职称经办" })).toBeVisible();
  });

  await test.step("管理员：主管部门（上级推送节点）申请归口到工信厅", async () => {
    await openMenu(page, "单位基础信息管理");
    await page.getByRole("link", { name: `修改 ${unit.name}` }).click();
    await page.getByLabel("所属上级单位/主管部门").fill("贵州省工业和信息化厅");
    await page.getByRole("button", { name: "确定" }).click();
    await expect(page.getByText("归口申请已提交，请等待上级单位审核")).toBeVisible();
    await logout(page);
  });

  await test.step("新经办员看到经办菜单，不再有申报入口", async () => {
    await signIn(page, staff);
    const menu = await menuLabels(page);
    expect(menu).toContain("个人账号管理");
    expect(menu).toContain("新进账号管理");
    expect(menu).not.toContain("个人职称申报");
    await logout(page);
  });

  await test.step("主管部门审核归口申请：通过", async () => {
    await loginAs(page, "赵主管");
    await openMenu(page, "单位基础信息管理");
    await page.getByRole("button", { name: `通过 ${unit.name}` }).click();
    await expect(page.getByTestId("superior-request").filter({ hasText: unit.name })).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("已通过，单位归口关系已建立");
    await logout(page);
    await signIn(page, admin);
    await openMenu(page, "单位基础信息管理");
    await expect(page.getByRole("row", { name: new RegExp(unit.name) })).toContainText("贵州省工业和信息化厅");
  });

  await test.step("更换管理员：经办员不能直接成为管理员", async () => {
    await page.getByRole("link", { name: `修改 ${unit.name}` }).click();
    await page.getByLabel("新管理员身份证号").fill(staff.idNumber);
    await page.getByRole("region", { name: "更换管理员" }).getByRole("button", { name: "保存" }).click();
    await expect(page.getByLabel("新管理员身份证号")).toHaveAccessibleDescription("该账号已担任职称经办，请先解绑经办角色后再指定为管理员");
    await expect(page.getByTestId("current-admin")).toContainText(admin.name);
  });
});

test("无登记信息的单位转人工审核，市人社局审核通过并短信通知", async ({ page, context }) => {
  test.setTimeout(120_000);
  const unit = { name: "贵阳黔灵人工审核测试有限公司", uscc: usccFrom("520100", "MA6E2EM02"), legalRep: "人工甲", mobile: "13655550002" };
  await fillUnitRegistration(page, unit);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByTestId("form-message")).toContainText("人工审核");

  await loginAs(page, "刘人社");
  await openMenu(page, "单位注册审核");
  await page.getByLabel("单位名称或统一社会信用代码").fill(unit.uscc);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("list-count")).toHaveText("共 1 条");
  // The contact's mobile is masked until the reviewer asks to see it (that look is audited).
  await expect(page.getByTestId("contact-mobile")).toHaveText("136****0002");
  await page.getByRole("button", { name: `查看 ${unit.name} 联系人手机号` }).click();
  await expect(page.getByTestId("contact-mobile")).toHaveText(unit.mobile);
  await page.getByRole("button", { name: `通过 ${unit.name}` }).click();
  // A decided registration leaves the queue.
  await expect(page.getByTestId("list-count")).toHaveText("共 0 条");
  await expect(page.getByRole("status")).toHaveText("已审核通过，已短信通知联系人");

  const outbox = await context.newPage();
  await outbox.goto("/dev/sms");
  await expect(outbox.getByTestId("sms").filter({ hasText: unit.mobile }).first()).toContainText("已通过人工审核");
});
