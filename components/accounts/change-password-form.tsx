"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/accounts/schemas";
import { changePasswordAction } from "@/lib/accounts/actions";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function ChangePasswordForm() {
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { oldPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: ChangePasswordInput) {
    const res = await changePasswordAction(values);
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) {
      form.setError(field as keyof ChangePasswordInput, { message });
    }
    setResult({ ok: res.ok, message: res.message });
    if (res.ok) {
      form.reset();
      window.location.assign("/");
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3">
      <Field label="旧密码" error={errors.oldPassword?.message} required>
        {(a) => <input {...a} {...form.register("oldPassword")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field label="新密码" hint="至少8位，须同时包含大写字母、小写字母、数字和特殊字符" error={errors.newPassword?.message} required>
        {(a) => <input {...a} {...form.register("newPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field label="确认密码" error={errors.confirmPassword?.message} required>
        {(a) => <input {...a} {...form.register("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <FormMessage ok={result?.ok} message={result?.message} />
      <Button type="submit" disabled={isSubmitting}>
        提交
      </Button>
    </form>
  );
}
