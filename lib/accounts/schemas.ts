import { z } from "zod";
import { enteredPasswordField, idNumberField, mobileField, newPasswordField, personNameField, recordIdField, textField } from "@/lib/validation/fields";

export const changePasswordSchema = z
  .object({
    oldPassword: enteredPasswordField("请输入旧密码", "旧密码不正确"),
    newPassword: newPasswordField,
    confirmPassword: enteredPasswordField("请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的新密码不一致" })
  .refine((v) => v.newPassword !== v.oldPassword, { path: ["newPassword"], message: "新密码不能与旧密码相同" });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const personLoginSchema = z.object({
  idNumber: idNumberField,
  password: enteredPasswordField("请输入密码"),
});

export const unitLoginSchema = z.object({
  account: textField().trim().min(1, "请输入单位账号").max(64, "单位账号过长"),
  password: enteredPasswordField("请输入密码"),
  code: textField().trim().regex(/^\d{6}$/, "请输入6位短信验证码"),
});

export const registerPersonSchema = z
  .object({
    idNumber: idNumberField,
    name: personNameField,
    mobile: mobileField,
    password: newPasswordField,
    confirmPassword: enteredPasswordField("请再次输入密码"),
    realPersonConfirmed: z.boolean().refine((v) => v, "请完成实人认证（模拟）"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的密码不一致" });
export type RegisterPersonInput = z.infer<typeof registerPersonSchema>;

export const BINDING_COMMITMENT = "本人承诺所填现工作单位真实有效，绑定后由该单位审核本人的职称申报。";

export const bindUnitSchema = z.object({
  unitName: textField().trim().min(1, "请输入现工作单位名称").max(100, "单位名称不能超过100个字"),
  commitment: z.boolean().refine((v) => v, "请阅读并勾选个人承诺"),
});
export type BindUnitInput = z.infer<typeof bindUnitSchema>;

export const idSchema = z.object({ id: recordIdField });
export type IdInput = z.infer<typeof idSchema>;

export const rejectSchema = z.object({ id: recordIdField, reason: textField().trim().min(1, "请填写不通过的原因").max(200, "原因不能超过200个字") });
export type RejectInput = z.infer<typeof rejectSchema>;

export const GRANTABLE_ROLES = ["UNIT_HANDLER", "EXPERT", "COMMITTEE_CHAIR", "GROUP_LEADER"] as const;
export const roleChangeSchema = z.object({ userId: recordIdField, unitId: recordIdField, role: z.enum(GRANTABLE_ROLES) });
export type RoleChangeInput = z.infer<typeof roleChangeSchema>;

export const accountStatusSchema = z.object({ userId: recordIdField, status: z.enum(["ACTIVE", "DISABLED"]) });
export type AccountStatusInput = z.infer<typeof accountStatusSchema>;

export const accountNameSchema = z.object({ userId: recordIdField, name: personNameField });
export type AccountNameInput = z.infer<typeof accountNameSchema>;

export const APPLICANT_USER_TYPE = "专业技术人员-职称申报";
export const addApplicantSchema = z.object({
  idNumber: idNumberField,
  name: personNameField,
  mobile: mobileField,
  userType: z.literal(APPLICANT_USER_TYPE, { message: "请选择用户类型" }),
});
export type AddApplicantInput = z.infer<typeof addApplicantSchema>;
