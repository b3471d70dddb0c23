import { z } from "zod";
import { idNumberField, multilineTextField, plainDateField, recordIdField, textField } from "@/lib/validation/fields";
import { FINDING_KIND_LABELS } from "./rules";

// 诚信档案: one schema per form, used by the form and its action.

const KINDS = Object.keys(FINDING_KIND_LABELS) as (keyof typeof FINDING_KIND_LABELS)[];
const documentNumber = textField().trim().min(1, "请填写处理决定文号").max(60, "文号不能超过60个字");

export const recordFindingSchema = z.object({
  idNumber: idNumberField,
  kind: z.enum(KINDS, "请选择失信行为类别"),
  facts: multilineTextField().trim().min(1, "请填写事实").max(1000, "事实不能超过1000个字"),
  documentNumber,
  findingDate: plainDateField("请选择认定日期"),
});

export const revokeFindingSchema = z.object({
  id: recordIdField,
  documentNumber,
  reason: textField().trim().min(1, "请填写撤销原因").max(200, "原因不能超过200个字"),
});

export type RecordFindingValues = z.infer<typeof recordFindingSchema>;
export type RevokeFindingValues = z.infer<typeof revokeFindingSchema>;
