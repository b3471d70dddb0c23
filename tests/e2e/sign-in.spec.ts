import { expect, test } from "@playwright/test";
import { DEMO_UNITS, demoUscc } from "../../prisma/seed/demo";
import { DEMO_PASSWORD } from "../../prisma/seed/factories";
import { loginAs, loginAsPerson, menuLabels, person } from "./support/demo";

// Each demo role sees exactly the menu its permissions allow.
const PERSONAL = ["职称证书补录", "职称证书查询", "我的证书"];
const EXPECTED_MENUS: Record<string, string[]> = {
  张管理: ["密码修改", ...PERSONAL, "账号角色管理", "新进账号管理", "账号退出管理", "账号信息维护", "单位基础信息管理"],
  李经办: ["密码修改", ...PERSONAL, "新进账号管理", "账号退出管理", "个人账号管理", "离退休与处分登记", "单位内部核验", "申报公示", "单位推荐上报", "单位基础信息管理"],
  王申报: ["密码修改", ...PERSONAL, "个人职称申报", "补充申报材料"],
  赵主管: ["密码修改", ...PERSONAL, "新进账号管理", "账号退出管理", "个人账号管理", "离退休与处分登记", "单位内部核验", "申报公示", "单位推荐上报", "职称评审推荐审核", "评审权备案审核", "单位基础信息管理"],
  刘人社: ["密码修改", ...PERSONAL, "新进账号管理", "账号退出管理", "个人账号管理", "离退休与处分登记", "单位内部核验", "申报公示", "单位推荐上报", "资格性审查", "评审权备案", "证书补录", "单位基础信息管理", "单位注册审核", "专家库管理", "评委会管理", "线上评审管理", "诚信档案"],
  陈专技: [
    "密码修改",
    ...PERSONAL,
    "新进账号管理",
    "账号退出管理",
    "个人账号管理",
    "离退休与处分登记",
    "单位内部核验",
    "申报公示",
    "单位推荐上报",
    "资格性审查",
    "证书补录",
    "证书确认",
    "评审权备案",
    "评审权备案审核",
    "专家库管理",
    "评委会管理",
    "线上评审管理",
    "单位基础信息管理",
    "单位注册审核",
    "申报批次管理",
    "申报条件管理",
    "诚信档案",
    "节假日管理",
    "审计日志",
  ],
  吴省管: ["密码修改", ...PERSONAL, "账号角色管理", "新进账号管理", "账号退出管理", "账号信息维护", "单位基础信息管理", "审计日志"],
  周专家: ["密码修改", ...PERSONAL, "个人职称申报", "补充申报材料", "专家个人信息维护", "在线评审"],
  钱证书: ["密码修改", ...PERSONAL, "新进账号管理", "账号退出管理", "个人账号管理", "离退休与处分登记", "单位内部核验", "申报公示", "单位推荐上报", "证书补录", "单位基础信息管理", "评审权备案", "专家库管理", "评委会管理", "线上评审管理", "诚信档案"],
};

for (const [name, menu] of Object.entries(EXPECTED_MENUS)) {
  test(`${name} 登录后只看到本角色菜单`, async ({ page }) => {
    await loginAs(page, name);
    expect((await menuLabels(page)).sort()).toEqual([...menu].sort());
  });
}

test("审计日志不向无权限者开放", async ({ page }) => {
  await loginAs(page, "李经办");
  await page.goto("/config/audit");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});

test("初始密码首次登录必须先修改密码", async ({ page }) => {
  const p = person("孙新人");
  await loginAsPerson(page, p.idNumber, "123@abc");
  await expect(page).toHaveURL(/\/portal\/password\?first=1/);
  await expect(page.getByTestId("first-login-notice")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主菜单" })).toHaveCount(0);

  await page.goto("/config/audit");
  await expect(page).toHaveURL(/\/portal\/password/);

  await page.getByLabel("旧密码").fill("123@abc");
  await page.getByLabel("新密码").fill("weakpass");
  await page.getByLabel("确认密码").fill("weakpass");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByLabel("新密码")).toHaveAccessibleDescription(/大写字母/);

  await page.getByLabel("旧密码").fill("wrong@Old1");
  await page.getByLabel("新密码").fill("New@pass2026");
  await page.getByLabel("确认密码").fill("New@pass2026");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByLabel("旧密码")).toHaveAccessibleDescription("旧密码不正确");
  await expect(page.getByLabel("新密码")).toHaveValue("New@pass2026");

  await page.getByLabel("旧密码").fill("123@abc");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "主菜单" })).toBeVisible();

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await loginAsPerson(page, p.idNumber, "New@pass2026");
  await expect(page.getByTestId("signed-in")).toContainText("孙新人");
});

test("连续登录失败后账号被锁定并提示", async ({ page }) => {
  const p = person("周专家");
  for (let i = 0; i < 5; i++) {
    await loginAsPerson(page, p.idNumber, `Wrong@pass${i}`);
    await expect(page.getByTestId("form-message")).toBeVisible();
  }
  await expect(page.getByTestId("form-message")).toContainText("已被临时锁定");
  await loginAsPerson(page, p.idNumber, DEMO_PASSWORD);
  await expect(page.getByTestId("form-message")).toContainText("已被临时锁定");
});

test("格式错误的身份证号在字段旁提示", async ({ page }) => {
  await loginAsPerson(page, "52010219900303001", "x");
  await expect(page.getByLabel("身份证号")).toHaveAccessibleDescription(/18位/);
  await loginAsPerson(page, "520102199003030010", "x");
  await expect(page.getByLabel("身份证号")).toHaveAccessibleDescription("身份证号校验位不正确");
});

test("单位登录：账号、密码和发送到联系人手机的短信验证码", async ({ page, context }) => {
  const unit = DEMO_UNITS.find((u) => u.key === "enterprise")!;
  await page.goto("/login");
  await page.getByRole("tab", { name: "单位登录" }).click();
  await page.getByLabel("单位账号").fill(demoUscc(unit));
  await page.getByLabel("单位密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByTestId("form-message")).toContainText("138****0001");

  const outbox = await context.newPage();
  await outbox.goto("/dev/sms");
  const content = await outbox.getByTestId("sms-content").first().innerText();
  const code = content.match(/验证码(\d{6})/)![1];

  await page.getByLabel("短信验证码").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByTestId("form-message")).toContainText("短信验证码不正确");

  await page.getByLabel("短信验证码").fill(code);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/unit$/);
  await expect(page.getByRole("heading", { name: "单位基本信息" })).toBeVisible();
  await expect(page.getByText(unit.name).first()).toBeVisible();
});
