"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { PublicCertificate } from "@/lib/certificates/public-certificate";
import type { ActionState } from "@/lib/errors";
import { CertificateFields } from "./certificate-fields";

type Found = PublicCertificate & { downloadToken?: string };
type Answer = ActionState & { data?: Found[] };

const FIELDS = [
  { key: "name", label: "姓名" },
  { key: "idNumber", label: "证件号码" },
  { key: "number", label: "证书编号" },
] as const;

/** 职称证书查询: any two of the three; the answer lists the confirmed certificates found. */
export function LookupForm() {
  const [values, setValues] = useState({ name: "", idNumber: "", number: "" });
  const [answer, setAnswer] = useState<Answer>();
  const [pending, setPending] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    try {
      const res = await fetch("/api/certificates/lookup", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(values) });
      const body = (await res.json()) as Answer;
      setAnswer(body.fieldErrors?._form ? { ...body, message: body.fieldErrors._form } : body);
    } catch {
      setAnswer({ ok: false, message: "查询失败，请检查网络后重试" });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={submit} noValidate aria-label="职称证书查询" className="grid gap-x-4 sm:grid-cols-3">
        {FIELDS.map((f) => (
          <Field key={f.key} label={f.label} error={answer?.fieldErrors?.[f.key]}>
            {(a) => <input {...a} value={values[f.key]} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} className={inputClass} />}
          </Field>
        ))}
        <div className="flex flex-col gap-2 sm:col-span-3">
          <p className="text-xs text-slate-500">请填写姓名、证件号码、证书编号中的任意两项。</p>
          {answer && !answer.ok ? <FormMessage ok={false} message={answer.message} /> : null}
          <div>
            <Button type="submit" disabled={pending}>
              查询
            </Button>
          </div>
        </div>
      </form>
      {answer?.ok ? (
        <section aria-label="查询结果" className="flex flex-col gap-4">
          {answer.data?.length ? null : <p className="text-sm">未查询到证书信息，请核对后重新查询。</p>}
          {answer.data?.map((c) => (
            <article key={c.id} className="rounded border border-slate-200 p-4" data-testid="found-certificate">
              <CertificateFields certificate={c} />
              <div className="mt-3">
                {c.downloadable && c.downloadToken ? (
                  <a href={`/query/certificates/${c.id}/pdf?token=${encodeURIComponent(c.downloadToken)}`} className="inline-flex rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white">
                    下载电子证书
                  </a>
                ) : (
                  <p className="text-sm text-slate-600">{c.notDownloadableReason}</p>
                )}
              </div>
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}
