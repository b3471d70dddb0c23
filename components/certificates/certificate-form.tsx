"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { CERTIFICATE_LEVELS } from "@/lib/certificates/rules";
import { CERTIFICATE_COLUMNS, certificateSchema, type CertificateInput, type CertificateValues } from "@/lib/certificates/schemas";
import { createCertificateAction } from "@/lib/certificates/actions";

const EMPTY = Object.fromEntries(CERTIFICATE_COLUMNS.map((c) => [c.key, ""])) as CertificateInput;

/** 证书补录 → 新增: one certificate, every field required. */
export function CertificateForm() {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const form = useForm<CertificateInput, unknown, CertificateValues>({ resolver: zodResolver(certificateSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: CertificateValues) {
    const res = await createCertificateAction(values);
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) form.setError(field as keyof CertificateInput, { message });
    setResult({ ok: res.ok, message: res.message });
    if (res.ok) router.push("/title/certificates");
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-x-4 sm:grid-cols-2" aria-label="新增证书">
      {CERTIFICATE_COLUMNS.map(({ key, label }) => (
        <Field key={key} label={label} error={errors[key]?.message} required>
          {(a) =>
            key === "gender" || key === "level" ? (
              <select {...a} {...form.register(key)} className={inputClass}>
                <option value="">请选择</option>
                {(key === "gender" ? ["男", "女"] : CERTIFICATE_LEVELS).map((v) => (
                  <option key={v}>{v}</option>
                ))}
              </select>
            ) : (
              <input {...a} {...form.register(key)} type={key === "obtainedOn" ? "date" : "text"} className={inputClass} />
            )
          }
        </Field>
      ))}
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormMessage ok={result?.ok} message={result?.message} />
        <div className="flex gap-2">
          <Button type="submit" disabled={isSubmitting}>
            保存
          </Button>
          <Button variant="secondary" onClick={() => router.push("/title/certificates")}>
            返回
          </Button>
        </div>
      </div>
    </form>
  );
}
