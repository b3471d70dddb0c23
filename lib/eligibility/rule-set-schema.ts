import { z } from "zod";
import { recordIdField, recordVersionField, textField } from "@/lib/validation/fields";
import { EDUCATION_LEVELS, type Route } from "./rules";

// The stored 申报条件 (StoredRules), checked against the series' titles, and how 申报条件管理's select names a route
// ("" none, "direct", "graduation", "title:<name>").

const years = (label: string) => z.coerce.number(`请填写${label}`).int(`${label}应为整数`).min(0, `${label}不能为负`).max(30, `${label}不能超过30`);

export const conventionsSchema = z.object({
  countToMonthDay: textField().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "请填写月-日，如 12-31"),
  ceMinHours: z.coerce.number("请填写每年学时").int("每年学时应为整数").min(0, "每年学时不能为负").max(1000, "每年学时不能超过1000"),
  ceProfessionalShare: z
    .object({
      numerator: z.coerce.number("请填写分子").int("应为整数").min(0, "不能为负").max(100, "不能超过100"),
      denominator: z.coerce.number("请填写分母").int("应为整数").min(1, "分母至少为1").max(100, "不能超过100"),
    })
    .refine((s) => s.numerator <= s.denominator, { message: "专业科目占比不能超过1", path: ["numerator"] }),
  ceMaxYears: z.coerce.number("请填写年数").int("年数应为整数").min(1, "至少1年").max(10, "不能超过10年"),
  integrityBanYears: years("诚信档案限制年数"),
});

const routeSchema: z.ZodType<Route> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("direct") }),
  z.object({ kind: z.literal("afterGraduation"), years: years("年限") }),
  z.object({ kind: z.literal("sinceTitle"), title: textField().min(1).max(50), years: years("年限") }),
]);

/** 保存 of 申报条件管理: the rules themselves are checked against the series' titles inside saveRuleSet (storedRulesSchema). */
export const ruleSetSchema = z.object({ seriesId: recordIdField, version: recordVersionField, rules: z.unknown() });

/** Stored rules, checked against the series' titles (lowest first): a route names only a lower title of the series. */
export function storedRulesSchema(titles: string[]) {
  return z
    .object({
      routes: z.record(textField().max(50), z.partialRecord(z.enum(EDUCATION_LEVELS), routeSchema)),
      conventions: conventionsSchema,
    })
    .superRefine((rules, ctx) => {
      for (const [target, row] of Object.entries(rules.routes)) {
        const rank = titles.indexOf(target);
        if (rank < 0) ctx.addIssue({ code: "custom", message: `“${target}”不是本系列的职称`, path: ["routes", target] });
        for (const [education, route] of Object.entries(row)) {
          if (route?.kind === "sinceTitle" && !(titles.indexOf(route.title) >= 0 && titles.indexOf(route.title) < rank)) {
            ctx.addIssue({ code: "custom", message: `须为低于${target}的本系列职称`, path: ["routes", target, education] });
          }
        }
      }
    });
}

/** A route as the form's select names it. */
export function routeChoice(route: Route | undefined): string {
  if (!route) return "";
  return route.kind === "sinceTitle" ? `title:${route.title}` : route.kind === "direct" ? "direct" : "graduation";
}
