import { describe, expect, it } from "vitest";
import { INITIAL_PASSWORD, passwordProblem } from "@/lib/auth/password-policy";

describe("密码规则", () => {
  it.each([
    ["Abc@1234", null],
    ["Zz9!zzzz", null],
    ["Abc@123", "密码长度不能少于8位"],
    ["abc@12345", "密码须包含大写字母"],
    ["ABC@12345", "密码须包含小写字母"],
    ["Abcd@efgh", "密码须包含数字"],
    ["Abcd12345", "密码须包含特殊字符"],
    ["Abc@ 12345", "密码不能包含空格"],
    [`Aa1@${"x".repeat(61)}`, "密码长度不能超过64位"],
  ])("%s → %s", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it("初始密码不满足规则，因而首次登录必须修改", () => {
    expect(passwordProblem(INITIAL_PASSWORD)).not.toBeNull();
  });
});
