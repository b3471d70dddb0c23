import { z } from "zod";
import { checkedBy, enteredPasswordField, idNumberField, mobileField, newPasswordField, personNameField, recordIdField, textField, usccField } from "@/lib/validation/fields";
import { unitNameProblem } from "@/lib/validation/names";

export const UNIT_KIND_LABELS = {
  ENTERPRISE: "企业（含民营经济组织）",
  PUBLIC_INSTITUTION: "事业单位",
  COMPETENT_DEPT: "主管部门",
  HR_BUREAU: "人社部门",
} as const;

export const UNIT_STATUS_LABELS = { PENDING_REVIEW: "待人工审核", ACTIVE: "已注册", REJECTED: "审核不通过" } as const;

/** The answer for a unit that does not exist and for one outside the actor's reach alike. */
export const UNIT_NOT_FOUND = "该单位不存在或不在您的管理范围内";


export const unitNameField = textField().trim().min(2, "请输入单位名称").max(100, "单位名称不能超过100个字").superRefine(checkedBy(unitNameProblem));
const regionField = textField().regex(/^52\d{4}$/, "请选择所在行政区划");
const addressField = textField().trim().min(1, "请输入单位地址").max(200, "单位地址不能超过200个字");

/** The text part of 单位注册; the two files are checked by content on the server. */
export const registerUnitSchema = z
  .object({
    name: unitNameField,
    uscc: usccField,
    kind: z.enum(["ENTERPRISE", "PUBLIC_INSTITUTION"], { message: "请选择单位类型" }),
    regionCode: regionField,
    legalRepName: personNameField,
    legalRepIdNumber: idNumberField,
    contactName: personNameField,
    contactMobile: mobileField,
    address: addressField,
    password: newPasswordField,
    confirmPassword: enteredPasswordField("请再次输入密码"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的密码不一致" });
export type RegisterUnitInput = z.infer<typeof registerUnitSchema>;

export const legalRepVerifySchema = z.object({
  unitId: recordIdField,
  confirmed: z.boolean().refine((v) => v, "请法定代表人完成实人认证（模拟）"),
});
export type LegalRepVerifyInput = z.infer<typeof legalRepVerifySchema>;

export const unitInfoSchema = z.object({
  unitId: recordIdField,
  name: unitNameField,
  contactName: personNameField,
  contactMobile: mobileField,
  address: addressField,
});
export type UnitInfoInput = z.infer<typeof unitInfoSchema>;

export const designateAdminSchema = z.object({ unitId: recordIdField, idNumber: idNumberField });
export type DesignateAdminInput = z.infer<typeof designateAdminSchema>;

export const superiorRequestSchema = z.object({
  unitId: recordIdField,
  superiorName: textField().trim().min(1, "请输入所属上级单位/主管部门名称").max(100, "单位名称不能超过100个字"),
});
export type SuperiorRequestInput = z.infer<typeof superiorRequestSchema>;

export const createSubUnitSchema = z.object({
  parentId: recordIdField,
  name: unitNameField,
  uscc: usccField,
  kind: z.enum(["ENTERPRISE", "PUBLIC_INSTITUTION", "COMPETENT_DEPT", "HR_BUREAU"], { message: "请选择单位类型" }),
  regionCode: regionField,
  contactName: personNameField,
  contactMobile: mobileField,
  address: addressField,
});
export type CreateSubUnitInput = z.infer<typeof createSubUnitSchema>;
