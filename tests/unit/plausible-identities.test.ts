import { describe, expect, it } from "vitest";
import { idNumberProblem } from "@/lib/validation/id-number";
import { personNameProblem, unitNameProblem } from "@/lib/validation/names";
import { storedFileName } from "@/lib/storage/stored-file-name";
import { registerPersonSchema } from "@/lib/accounts/schemas";
import { registerUnitSchema } from "@/lib/units/schemas";
import { calendarYearSchema } from "@/lib/calendar/schemas";
import { idNumberFrom } from "@/prisma/seed/identifiers";

const NOW = new Date("2026-11-24T02:00:00Z"); // 2026-11-24 in Shanghai
const born = (yyyymmdd: string) => idNumberFrom("520102", yyyymmdd, "123");

describe("ID numbers with a plausible birth date", () => {
  it("refuses a birth date in the future", () => {
    expect(idNumberProblem(born("20991231"), NOW)).toBe("身份证号中的出生日期晚于今天");
    expect(idNumberProblem(born("20261125"), NOW)).toBe("身份证号中的出生日期晚于今天");
  });

  it("refuses ages outside 16 to 100, counting birthdays in Shanghai's calendar", () => {
    expect(idNumberProblem(born("20101125"), NOW)).toMatch(/年龄应在16至100周岁之间/);
    expect(idNumberProblem(born("20101124"), NOW)).toBeNull();
    expect(idNumberProblem(born("19251125"), NOW)).toBeNull();
    expect(idNumberProblem(born("19251124"), NOW)).toMatch(/年龄应在16至100周岁之间/);
    // 2026-11-23T17:00Z is already the 24th in Shanghai.
    expect(idNumberProblem(born("20101124"), new Date("2026-11-23T17:00:00Z"))).toBeNull();
  });

  it("is what registration checks", () => {
    const result = registerPersonSchema.safeParse({ idNumber: born("20991231"), name: "张三", mobile: "13800000000", password: "Abc@12345", confirmPassword: "Abc@12345", realPersonConfirmed: true });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain("身份证号中的出生日期晚于今天");
  });
});

describe("names", () => {
  it.each(["张三", "欧阳娜娜", "阿依古丽·买买提", "迪丽热巴•迪力木拉提", "John Smith", "Mary-Jane", "𠀀𪚥"])("accepts the person name %s", (name) => {
    expect(personNameProblem(name)).toBeNull();
  });

  it.each(["<b>张三</b>", "张三<script>", "张三1", "' OR 1=1", "张三·", "·张三", "a&b"])("refuses the person name %s", (name) => {
    expect(personNameProblem(name)).toBe("姓名只能由汉字、字母和间隔号（·）组成");
  });

  it("accepts real unit names and refuses markup", () => {
    for (const name of ["贵州黔匠智造科技有限公司", "贵州省第二人民医院（贵阳）", "中国石化·贵州分公司", "3M中国有限公司"]) expect(unitNameProblem(name)).toBeNull();
    for (const name of ["<img src=x onerror=alert(1)>", "公司\"", "公司{{7*7}}"]) expect(unitNameProblem(name)).not.toBeNull();
    const parsed = registerUnitSchema.safeParse({ name: "<b>坏公司</b>" });
    expect(parsed.error!.issues.find((i) => i.path[0] === "name")?.message).toMatch(/不能包含/);
  });

  it("refuses control characters in any text field with one message", () => {
    const parsed = registerPersonSchema.safeParse({ idNumber: "", name: "张\u0000三", mobile: "", password: "", confirmPassword: "", realPersonConfirmed: true });
    expect(parsed.error!.issues.find((i) => i.path[0] === "name")?.message).toBe("不能包含控制字符等不可见字符");
    // The refusal stops there: rules that read the parsed value (the year's dates) do not run on it.
    const year = calendarYearSchema.safeParse({ year: 2027, noticeName: "通知", noticeNumber: "国办发明电〔2026〕1号", holidays: "\u0000", workdays: "" });
    expect(year.error!.issues.map((i) => i.message)).toEqual(["不能包含控制字符等不可见字符"]);
  });
});

describe("stored upload names", () => {
  it("keeps the last path segment without control or bidi characters", () => {
    expect(storedFileName("C:\\Users\\张三\\营业执照.pdf")).toBe("营业执照.pdf");
    expect(storedFileName("../../etc/passwd")).toBe("passwd");
    expect(storedFileName("授权书\u0000\u0007.pdf")).toBe("授权书.pdf");
    expect(storedFileName("invoice\u202efdp.exe")).toBe("invoicefdp.exe");
    expect(storedFileName("..")).toBe("未命名文件");
    expect(storedFileName("a".repeat(300) + ".pdf")).toHaveLength(200);
  });
});
