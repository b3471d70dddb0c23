"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { registerPersonSchema, type RegisterPersonInput } from "@/lib/accounts/schemas";
import { registerPersonAction } from "@/lib/accounts/actions";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function PersonRegistrationForm() {
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const form = useForm<RegisterPersonInput>({
    resolver: zodResolver(registerPersonSchema),
    defaultValues: { idNumber: "", name: "", mobile: "", password: "", confirmPassword: "", realPersonConfirmed: false },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: RegisterPersonInput) {
    const res = await registerPersonAction(values);
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) form.setError(field as keyof RegisterPersonInput, { message });
    setResult(res);
  }

  if (result?.ok)
    return (
      <div className="flex flex-col gap-3">
        <FormMessage ok message={result.message} />
        <Link href="/login" className="text-brand-700 underline">
          去登录
        </Link>
      </div>
    );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3">
      <Field label="身份证号" error={errors.idNumber?.message} required>
        {(a) => <input {...a} {...form.register("idNumber")} autoComplete="username" className={inputClass} />}
      </Field>
      <Field label="姓名" error={errors.name?.message} required>
        {(a) => <input {...a} {...form.register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field label="手机号码" error={errors.mobile?.message} required>
        {(a) => <input {...a} {...form.register("mobile")} inputMode="numeric" autoComplete="tel" className={inputClass} />}
      </Field>
      <Field label="密码" hint="至少8位，须同时包含大写字母、小写字母、数字和特殊字符" error={errors.password?.message} required>
        {(a) => <input {...a} {...form.register("password")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field label="确认密码" error={errors.confirmPassword?.message} required>
        {(a) => <input {...a} {...form.register("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <fieldset className="rounded border border-amber-300 bg-amber-50 p-3">
        <legend className="px-1 text-sm font-medium text-amber-900">实人认证（模拟）</legend>
        <p className="mb-2 text-xs text-amber-900">正式环境通过“贵州人社”小程序人脸识别完成；本环境为模拟步骤。</p>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" {...form.register("realPersonConfirmed")} aria-invalid={!!errors.realPersonConfirmed} aria-describedby="rp-msg" className="mt-1" />
          <span>本人已完成人脸识别（模拟）</span>
        </label>
        <p id="rp-msg" className="min-h-4 text-xs text-red-600" aria-live="polite">
          {errors.realPersonConfirmed?.message ?? ""}
        </p>
      </fieldset>
      <FormMessage ok={result?.ok} message={result?.message} />
      <Button type="submit" disabled={isSubmitting}>
        注册
      </Button>
    </form>
  );
}
