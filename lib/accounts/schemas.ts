import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { idNumberProblem } from "@/lib/validation/id-number";

export const idNumberField = z
  .string()
  .trim()
  .max(18, "身份证号应为18位")
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((v) => v.toUpperCase());

export const newPasswordField = z.string().superRefine((v, ctx) => {
  const problem = passwordProblem(v);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const changePasswordSchema = z
  .object({
    oldPassword: z.string().min(1, "请输入旧密码").max(64, "旧密码不正确"),
    newPassword: newPasswordField,
    confirmPassword: z.string().min(1, "请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的新密码不一致" })
  .refine((v) => v.newPassword !== v.oldPassword, { path: ["newPassword"], message: "新密码不能与旧密码相同" });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const personLoginSchema = z.object({
  idNumber: idNumberField,
  password: z.string().min(1, "请输入密码").max(64, "密码长度不能超过64位"),
});

export const unitLoginSchema = z.object({
  account: z.string().trim().min(1, "请输入单位账号").max(64, "单位账号过长"),
  password: z.string().min(1, "请输入密码").max(64, "密码长度不能超过64位"),
  code: z.string().trim().regex(/^\d{6}$/, "请输入6位短信验证码"),
});
