import { z } from "zod";
import { plainDateField, recordIdField, textField } from "@/lib/validation/fields";

// 离退休与处分登记: one schema per form, used by the form and its action.

const day = (label: string) => plainDateField(`请选择${label}`);

export const retirementSchema = z.object({ userId: recordIdField, retiredOn: day("离退休日期") });

export const disciplineSchema = z
  .object({
    userId: recordIdField,
    kind: z.enum(["警告", "记过", "记大过", "降级", "撤职", "其他处分"], "请选择处分种类"),
    startsOn: day("处分开始日期"),
    endsOn: day("处分期满日期"),
    documentNumber: textField().trim().min(1, "请填写处分决定文号").max(60, "文号不能超过60个字"),
  })
  .refine((d) => d.endsOn >= d.startsOn, { message: "期满日期不能早于开始日期", path: ["endsOn"] });

export const withdrawDisciplineSchema = z.object({
  id: recordIdField,
  reason: textField().trim().min(1, "请填写撤销原因").max(200, "原因不能超过200个字"),
});

export type RetirementValues = z.infer<typeof retirementSchema>;
export type DisciplineValues = z.infer<typeof disciplineSchema>;
export type WithdrawDisciplineValues = z.infer<typeof withdrawDisciplineSchema>;
