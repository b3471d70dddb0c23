"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { personLoginSchema } from "@/lib/accounts/schemas";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Values = { idNumber: string; password: string };

export function PersonLoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [message, setMessage] = useState<string>();
  const form = useForm<Values>({ resolver: zodResolver(personLoginSchema) as never, defaultValues: { idNumber: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    setMessage(undefined);
    const result = await signIn("person", { ...values, redirect: false });
    if (!result || result.error) {
      setMessage(result?.error ?? "登录失败，请稍后重试");
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3" aria-label="个人登录">
      <Field label="身份证号" error={errors.idNumber?.message} required>
        {(a) => <input {...a} {...form.register("idNumber")} className={inputClass} autoComplete="username" maxLength={18} />}
      </Field>
      <Field label="密码" error={errors.password?.message} required>
        {(a) => <input {...a} {...form.register("password")} type="password" className={inputClass} autoComplete="current-password" />}
      </Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "登录中…" : "登录"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        还没有账号？<a className="text-brand-700 underline" href="/register/person">个人注册</a>
      </p>
    </form>
  );
}
