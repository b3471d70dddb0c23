"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { callAction } from "@/components/ui/call-action";
import { recommendAction } from "@/lib/review/actions";

export const RECOMMEND_FORM_ID = "recommend-form";
const FILES = [
  ["integrityFile", "《诚信承诺书》"],
  ["publicityNoteFile", "《公示情况说明》"],
] as const;

/**
 * 推荐 → 推荐信息, the ticked declarations (checkboxes in the list below belong to this form) and the two statements
 * (PDF or image, judged by content on the server) → 上报.
 */
export function RecommendForm({ target }: { target: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionState & { data?: string }>();
  const errors = result?.fieldErrors ?? {};
  if (!open) {
    return (
      <div className="mb-3">
        <Button onClick={() => setOpen(true)}>推荐</Button>
      </div>
    );
  }
  return (
    <form
      id={RECOMMEND_FORM_ID}
      className="mb-4 flex flex-col gap-3 rounded border border-slate-200 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        start(async () => {
          const res = await callAction(recommendAction(data), "上报");
          setResult(res);
          if (res.ok) router.refresh();
        });
      }}
    >
      <h2 className="font-semibold">推荐信息</h2>
      <p className="text-sm text-slate-600">上报至：{target}。请在下方列表中勾选通过公示的申报人员。</p>
      <Field label="推荐信息" error={errors.note}>
        {(p) => <textarea {...p} name="note" rows={3} className={inputClass} />}
      </Field>
      {FILES.map(([name, label]) => (
        <Field key={name} label={label} error={errors[name]} hint="PDF、JPG或PNG文件，不超过5MB">
          {(p) => <input {...p} type="file" name={name} accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="text-sm" />}
        </Field>
      ))}
      <p className="min-h-4 text-xs text-red-600" aria-live="polite">
        {errors.declarationIds ?? ""}
      </p>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          上报
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          取消
        </Button>
      </div>
      <FormMessage ok={result?.ok} message={result?.ok ? result.data : result?.message} />
    </form>
  );
}
