import { z } from "zod";
import { checkedBy, listField, multilineTextField, plainDateField, recordIdField, recordVersionField, textField } from "@/lib/validation/fields";
import { personNameProblem } from "@/lib/validation/names";
import { SUPPLEMENT_SECTIONS, type SupplementSection } from "@/lib/declarations/supplement-sections";

// The reviewers' forms: one schema each, used by the form and by the server action.

const id = recordIdField;
const opinion = (label: string, required: boolean) =>
  required
    ? multilineTextField().trim().min(1, `请填写${label}`).max(500, `${label}不能超过500个字`)
    : multilineTextField().trim().max(500, `${label}不能超过500个字`);
const day = (label: string) => plainDateField(`请选择${label}`);

/** A decision on one declaration, on the version the reviewer read. */
const decision = { id, version: recordVersionField };

export const verifySchema = z.object({ ...decision, pass: z.boolean(), opinion: opinion("核验意见", false) }).refine((v) => v.pass || v.opinion, {
  path: ["opinion"],
  message: "核验不通过须填写核验意见",
});

export const deptReviewSchema = z.object({ ...decision, approve: z.boolean(), opinion: opinion("审核意见", false) }).refine((v) => v.approve || v.opinion, {
  path: ["opinion"],
  message: "退回须填写审核意见",
});

export const qualifySchema = z.object({ ...decision, opinion: opinion("审查意见", false) });
export const rejectSchema = z.object({ ...decision, opinion: opinion("不通过原因", true) });
export const supplementSchema = z
  .object({
    ...decision,
    sections: listField(z.enum(Object.keys(SUPPLEMENT_SECTIONS) as [SupplementSection]), 20, "需补充的部分过多"),
    opinion: opinion("需补充的材料说明", false),
    deadline: day("补正期限"),
  })
  .refine((v) => v.sections.length > 0 || v.opinion, { path: ["sections"], message: "请勾选需补充的部分或填写需补充的材料说明" });

export const publicitySchema = z.object({
  title: textField().trim().min(1, "请填写公示标题").max(100, "公示标题不能超过100个字"),
  startDate: day("公示起始日期"),
  workingDays: z.coerce.number("请填写公示天数").int("公示天数须为整数").min(5, "公示期不能少于5个工作日").max(60, "公示天数不能超过60个工作日"),
  contactName: textField().trim().min(1, "请填写联系人").max(30, "联系人不能超过30个字").superRefine(checkedBy(personNameProblem)),
  contactPhone: textField().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "请填写正确的联系电话（手机或座机）"),
  content: multilineTextField().trim().min(1, "请填写公示内容").max(2000, "公示内容不能超过2000个字"),
  declarationIds: listField(id, 500, "一次公示最多500人").min(1, "请在公示名单中至少勾选一人"),
});
export type PublicityInput = z.infer<typeof publicitySchema>;

export const publicityRefSchema = z.object({ id });

export const recommendationSchema = z.object({
  note: multilineTextField().trim().min(1, "请填写推荐信息").max(1000, "推荐信息不能超过1000个字"),
  declarationIds: listField(id, 500, "一次最多推荐500人").min(1, "请至少勾选一名通过公示的申报人"),
});
