import { z } from "zod";
import { listField, plainDateField, textField } from "@/lib/validation/fields";
import type { EligibilityInput } from "./check-eligibility";
import { EDUCATION_LEVELS } from "./rules";

// The check's input as the command and the server take it: calendar days as `YYYY-MM-DD`, bounded everywhere.

const day = plainDateField("日期应为有效的 YYYY-MM-DD");
const hours = z.number().min(0).max(10_000);
const year = z.number().int().min(1900).max(2200);

export const eligibilityInputSchema = z.object({
  series: textField().min(1).max(50),
  target: textField().min(1).max(50),
  education: z.enum(EDUCATION_LEVELS),
  graduationDate: day,
  currentTitle: textField().min(1).max(50).nullable(),
  currentTitleDate: day.nullable(),
  roundYear: year,
  asOf: day,
  retired: z.boolean(),
  disciplineUntil: day.nullable(),
  integrityFindingDate: day.nullable(),
  ceHours: listField(z.object({ year, total: hours, professional: hours }), 100, "学时记录不能超过100条"),
}) satisfies z.ZodType<EligibilityInput>;
