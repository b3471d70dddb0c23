import { describe, expect, it } from "vitest";
import { idNumberCheckChar, idNumberProblem, maskIdNumber } from "@/lib/validation/id-number";
import { usccCheckChar, usccProblem } from "@/lib/validation/uscc";
import { maskMobile, mobileProblem } from "@/lib/validation/mobile";

describe("身份证号 GB 11643", () => {
  it("computes the published example's check character", () => {
    // The standard's worked example: 11010519491231002 → X
    expect(idNumberCheckChar("11010519491231002")).toBe("X");
    expect(idNumberProblem("11010519491231002X")).toBeNull();
    expect(idNumberProblem("11010519491231002x")).toBeNull();
  });
  it.each([
    ["", "请输入身份证号"],
    ["1101051949123100", "身份证号应为18位，前17位为数字，末位为数字或X"],
    ["11010519491231002A", "身份证号应为18位，前17位为数字，末位为数字或X"],
    ["110105194902300021", "身份证号中的出生日期无效"],
    ["110105194912310021", "身份证号校验位不正确"],
    ["<script>alert(1)</script>", "身份证号应为18位，前17位为数字，末位为数字或X"],
  ])("%s is refused", (id, message) => expect(idNumberProblem(id)).toBe(message));
  it("masks all but region and last four", () => expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X"));
});

describe("统一社会信用代码 GB 32100", () => {
  it("accepts a real code and its check character", () => {
    // 91350100M000100Y43 is the standard's example code.
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
    expect(usccProblem("91350100M000100Y43")).toBeNull();
  });
  it.each([
    ["91350100M000100Y44", "统一社会信用代码校验位不正确"],
    ["91350100M000100Y4", "统一社会信用代码应为18位"],
    ["91350100M000100I43", "统一社会信用代码含有无效字符（不使用I、O、Z、S、V）"],
    ["9135X100M000100Y43", "统一社会信用代码第3至8位应为行政区划码"],
  ])("%s is refused", (code, message) => expect(usccProblem(code)).toBe(message));
});

describe("手机号码", () => {
  it("checks and masks", () => {
    expect(mobileProblem("13800000001")).toBeNull();
    expect(mobileProblem("12800000001")).not.toBeNull();
    expect(maskMobile("13800000001")).toBe("138****0001");
  });
});
