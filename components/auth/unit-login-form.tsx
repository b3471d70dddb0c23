"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { unitLoginSchema } from "@/lib/accounts/schemas";
import { sendUnitLoginCodeAction } from "@/lib/auth/actions";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Values = { account: string; password: string; code: string };

export function UnitLoginForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [sending, setSending] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(unitLoginSchema) as never, defaultValues: { account: "", password: "", code: "" } });
  const { errors, isSubmitting } = form.formState;

  async function sendCode() {
    const ok = await form.trigger(["account", "password"]);
    if (!ok) return;
    setSending(true);
    const result = await sendUnitLoginCodeAction({ account: form.getValues("account"), password: form.getValues("password") });
    setSending(false);
    setMessage(result.ok ? { ok: true, text: `验证码已发送至单位联系人手机 ${result.data?.maskedMobile}` } : { ok: false, text: result.message ?? "发送失败" });
  }

  async function onSubmit(values: Values) {
    setMessage(undefined);
    const result = await signIn("unit", { ...values, redirect: false });
    if (!result || result.error) {
      setMessage({ ok: false, text: result?.error ?? "登录失败，请稍后重试" });
      return;
    }
    window.location.assign("/unit");
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3" aria-label="单位登录">
      <p className="text-xs text-slate-500">单位账号仅用于维护单位基本信息和指定管理员；职称业务请管理员、经办员从“个人登录”进入。</p>
      <Field label="单位账号" hint="2024年8月9日以后注册的单位，账号为统一社会信用代码" error={errors.account?.message} required>
        {(a) => <input {...a} {...form.register("account")} className={inputClass} autoComplete="username" maxLength={64} />}
      </Field>
      <Field label="单位密码" error={errors.password?.message} required>
        {(a) => <input {...a} {...form.register("password")} type="password" className={inputClass} autoComplete="current-password" />}
      </Field>
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <Field label="短信验证码" error={errors.code?.message} required>
            {(a) => <input {...a} {...form.register("code")} className={inputClass} inputMode="numeric" maxLength={6} autoComplete="one-time-code" />}
          </Field>
        </div>
        <Button variant="secondary" className="mb-5" onClick={sendCode} disabled={sending}>
          获取验证码
        </Button>
      </div>
      <FormMessage ok={message?.ok} message={message?.text} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "登录中…" : "登录"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        单位尚未注册？<a className="text-brand-700 underline" href="/register/unit">单位注册</a>
      </p>
    </form>
  );
}
