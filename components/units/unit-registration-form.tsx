"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { registerUnitSchema, UNIT_KIND_LABELS, type RegisterUnitInput } from "@/lib/units/schemas";
import { registerUnitAction } from "@/lib/units/actions";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type FileField = "usccFile" | "authLetterFile";
const MAX_BYTES = 5 * 1024 * 1024;
const TEXT_FIELDS: [keyof RegisterUnitInput, string, string?][] = [
  ["name", "单位名称"],
  ["uscc", "统一社会信用代码", "18位，与营业执照或登记证书一致；注册成功后即为单位账号"],
  ["legalRepName", "法定代表人姓名"],
  ["legalRepIdNumber", "法定代表人身份证号"],
  ["contactName", "联系人姓名"],
  ["contactMobile", "联系人手机号码", "单位登录的短信验证码和审核结果将发送到此号码"],
  ["address", "单位地址"],
];

export function UnitRegistrationForm({ regions }: { regions: { code: string; name: string }[] }) {
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const [stage, setStage] = useState<"form" | "verify" | "done">("form");
  const [fileErrors, setFileErrors] = useState<Partial<Record<FileField, string>>>({});
  const files = { usccFile: useRef<HTMLInputElement>(null), authLetterFile: useRef<HTMLInputElement>(null) };
  const form = useForm<RegisterUnitInput>({
    resolver: zodResolver(registerUnitSchema),
    defaultValues: { name: "", uscc: "", kind: undefined, regionCode: "", legalRepName: "", legalRepIdNumber: "", contactName: "", contactMobile: "", address: "", password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  function checkFiles() {
    const found: Partial<Record<FileField, string>> = {};
    for (const [field, label] of [["usccFile", "统一社会信用代码证书"], ["authLetterFile", "授权书"]] as const) {
      const file = files[field].current?.files?.[0];
      if (!file) found[field] = `请上传${label}`;
      else if (file.size > MAX_BYTES) found[field] = `${label}文件过大，不能超过5MB`;
    }
    setFileErrors(found);
    return Object.keys(found).length === 0;
  }

  async function submit(values: RegisterUnitInput, legalRepConfirmed: boolean) {
    if (!checkFiles()) return;
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) data.set(k, String(v));
    data.set("usccFile", files.usccFile.current!.files![0]);
    data.set("authLetterFile", files.authLetterFile.current!.files![0]);
    data.set("legalRepConfirmed", String(legalRepConfirmed));
    const res = await registerUnitAction(data);
    const fieldErrors = res.fieldErrors ?? {};
    setFileErrors({ usccFile: fieldErrors.usccFile, authLetterFile: fieldErrors.authLetterFile });
    for (const [field, message] of Object.entries(fieldErrors)) {
      if (field !== "usccFile" && field !== "authLetterFile") form.setError(field as keyof RegisterUnitInput, { message });
    }
    if (!res.ok) {
      setStage("form");
      setResult(res);
      return;
    }
    const outcome = res.data?.outcome;
    if (outcome === "needsLegalRepVerification") {
      setStage("verify");
      setResult({ ok: true, message: "单位信息已与市场监管登记信息核验一致，请法定代表人完成实人认证。" });
    } else {
      setStage("done");
      setResult({
        ok: true,
        message:
          outcome === "ACTIVE"
            ? "注册成功。单位账号为统一社会信用代码，请使用“单位登录”维护单位信息并指定管理员。"
            : "信息未能自动核验通过，已提交所在地人社部门人工审核（1-3个工作日），审核结果将短信通知联系人。",
      });
    }
  }

  if (stage === "done")
    return (
      <div className="flex flex-col gap-3">
        <FormMessage ok message={result?.message} />
        <Link href="/login" className="text-brand-700 underline">
          去登录
        </Link>
      </div>
    );

  return (
    <form onSubmit={form.handleSubmit((v) => submit(v, false))} noValidate className="grid gap-3 sm:grid-cols-2">
      {TEXT_FIELDS.slice(0, 2).map(([name, label, hint]) => (
        <Field key={name} label={label} hint={hint} error={errors[name]?.message} required>
          {(a) => <input {...a} {...form.register(name)} className={inputClass} readOnly={stage === "verify"} />}
        </Field>
      ))}
      <Field label="单位类型" error={errors.kind?.message} required>
        {(a) => (
          <select {...a} {...form.register("kind")} className={inputClass}>
            <option value="">请选择</option>
            <option value="ENTERPRISE">{UNIT_KIND_LABELS.ENTERPRISE}</option>
            <option value="PUBLIC_INSTITUTION">{UNIT_KIND_LABELS.PUBLIC_INSTITUTION}</option>
          </select>
        )}
      </Field>
      <Field label="所在行政区划" error={errors.regionCode?.message} required>
        {(a) => (
          <select {...a} {...form.register("regionCode")} className={inputClass}>
            <option value="">请选择</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {TEXT_FIELDS.slice(2).map(([name, label, hint]) => (
        <Field key={name} label={label} hint={hint} error={errors[name]?.message} required>
          {(a) => <input {...a} {...form.register(name)} className={inputClass} readOnly={stage === "verify"} />}
        </Field>
      ))}
      <Field label="单位密码" hint="至少8位，须同时包含大写字母、小写字母、数字和特殊字符" error={errors.password?.message} required>
        {(a) => <input {...a} {...form.register("password")} type="password" autoComplete="new-password" className={inputClass} readOnly={stage === "verify"} />}
      </Field>
      <Field label="确认密码" error={errors.confirmPassword?.message} required>
        {(a) => <input {...a} {...form.register("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} readOnly={stage === "verify"} />}
      </Field>
      <Field label="统一社会信用代码证书" hint="营业执照或登记证书，PDF、JPG或PNG，不超过5MB" error={fileErrors.usccFile} required>
        {(a) => <input {...a} ref={files.usccFile} type="file" accept=".pdf,.jpg,.jpeg,.png" className="text-sm" />}
      </Field>
      <Field label="授权书" hint="PDF、JPG或PNG，不超过5MB" error={fileErrors.authLetterFile} required>
        {(a) => <input {...a} ref={files.authLetterFile} type="file" accept=".pdf,.jpg,.jpeg,.png" className="text-sm" />}
      </Field>
      <div className="flex flex-col gap-3 sm:col-span-2">
        <FormMessage ok={result?.ok} message={result?.message} />
        {stage === "verify" ? (
          <section className="rounded border border-amber-300 bg-amber-50 p-3" aria-labelledby="legal-rep-verify">
            <h2 id="legal-rep-verify" className="font-medium text-amber-900">
              法定代表人实人认证（模拟）
            </h2>
            <p className="my-2 text-xs text-amber-900">正式环境由法定代表人通过“贵州人社”小程序人脸识别完成；本环境为模拟步骤。</p>
            <Button disabled={isSubmitting} onClick={form.handleSubmit((v) => submit(v, true))}>
              法定代表人已完成实人认证（模拟）
            </Button>
          </section>
        ) : (
          <div>
            <Button type="submit" disabled={isSubmitting}>
              提交申请
            </Button>
          </div>
        )}
      </div>
    </form>
  );
}
