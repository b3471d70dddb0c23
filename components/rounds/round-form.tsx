"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field, inputClass } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { LEVEL_LABELS, LEVELS } from "@/lib/declarations/schemas";
import { ROUND_STATUS_LABELS, roundSchema, type RoundInput, type RoundValues } from "@/lib/rounds/schemas";
import { saveRoundAction } from "@/lib/rounds/actions";

/** 申报批次 新增/编辑; the window is typed in Asia/Shanghai (北京时间). */
export function RoundForm({
  series,
  filings,
  initial,
}: {
  series: { id: string; name: string }[];
  filings: { id: string; committeeName: string }[];
  initial: RoundInput;
}) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const form = useForm<RoundInput, unknown, RoundValues>({ resolver: zodResolver(roundSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: RoundValues) {
    const res = await saveRoundAction({ ...values, id: initial.id });
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) form.setError(field as keyof RoundInput, { message });
    setResult({ ok: res.ok, message: res.message });
    if (res.ok) router.push("/config/rounds");
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-x-4 sm:grid-cols-2" aria-label="申报批次">
      <Field label="批次名称" error={errors.name?.message} required>
        {(a) => <input {...a} {...form.register("name")} className={inputClass} />}
      </Field>
      <Field label="年度" error={errors.year?.message} required>
        {(a) => <input {...a} {...form.register("year")} inputMode="numeric" className={inputClass} />}
      </Field>
      <Field label="职称系列" error={errors.seriesId?.message} required>
        {(a) => (
          <select {...a} {...form.register("seriesId")} className={inputClass}>
            <option value="">请选择</option>
            {series.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="状态" error={errors.status?.message} required>
        {(a) => (
          <select {...a} {...form.register("status")} className={inputClass}>
            {Object.entries(ROUND_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="申报开始时间（北京时间）" error={errors.windowStart?.message} required>
        {(a) => <input {...a} {...form.register("windowStart")} type="datetime-local" className={inputClass} />}
      </Field>
      <Field label="申报结束时间（北京时间）" error={errors.windowEnd?.message} required>
        {(a) => <input {...a} {...form.register("windowEnd")} type="datetime-local" className={inputClass} />}
      </Field>
      <Field label="评审委员会" error={errors.filingId?.message} hint="已备案且在有效期内的评委会">
        {(a) => (
          <select {...a} {...form.register("filingId")} className={inputClass}>
            <Options empty="暂不指定" items={filings.map((f) => ({ value: f.id, label: f.committeeName }))} />
          </select>
        )}
      </Field>
      <fieldset className="mb-4 flex flex-col gap-1" aria-describedby="levels-message">
        <legend className="text-sm font-medium text-slate-700">申报级别</legend>
        <div className="flex flex-wrap gap-3">
          {LEVELS.map((l) => (
            <label key={l} className="flex items-center gap-1 text-sm">
              <input type="checkbox" value={l} {...form.register("levels")} />
              {LEVEL_LABELS[l]}
            </label>
          ))}
        </div>
        <p id="levels-message" className="min-h-4 text-xs text-red-600" aria-live="polite">
          {errors.levels?.message ?? ""}
        </p>
      </fieldset>
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormMessage ok={result?.ok} message={result?.message} />
        <div className="flex gap-2">
          <Button type="submit" disabled={isSubmitting}>
            保存
          </Button>
          <Button variant="secondary" onClick={() => router.push("/config/rounds")}>
            返回
          </Button>
        </div>
      </div>
    </form>
  );
}
