"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { callAction } from "@/components/ui/call-action";
import { publicitySchema } from "@/lib/review/schemas";
import { publicityEndDate, type CalendarData } from "@/lib/calendar/working-days";
import { createPublicityAction } from "@/lib/review/actions";
import type { z } from "zod";

type Values = z.input<typeof publicitySchema>;
type Candidate = { id: string; applicantName: string; idNumberMasked: string; titleName: string };

/** What the end-date line says for the dates typed so far: the date, or why there is none yet. */
function endDateText(start: string, days: unknown, calendar: CalendarData) {
  const n = Number(days);
  if (!start || !Number.isInteger(n) || n < 5) return "填写公示起始日期和公示天数（不少于5个工作日）后自动计算";
  try {
    return publicityEndDate(start, n, calendar);
  } catch (e) {
    return e instanceof Error ? e.message : "无法计算";
  }
}

/** 申报公示 → 新增: the end date is computed on the working-day calendar as the user types; the 公示名单 is ticked. */
export function PublicityForm({ candidates, calendar, today }: { candidates: Candidate[]; calendar: CalendarData; today: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; message?: string }>();
  const form = useForm<Values>({
    resolver: zodResolver(publicitySchema),
    defaultValues: { title: "", startDate: today, workingDays: 5, contactName: "", contactPhone: "", content: "", declarationIds: [] },
  });
  const { errors, isSubmitting } = form.formState;
  const [start, days] = form.watch(["startDate", "workingDays"]);
  const endDate = useMemo(() => endDateText(start, days, calendar), [start, days, calendar]);

  async function onSubmit(values: Values) {
    const res = await callAction(createPublicityAction(values), "保存");
    for (const [field, msg] of Object.entries(res.fieldErrors ?? {})) form.setError(field as keyof Values, { message: msg });
    setMessage(res);
    if (res.ok) router.push("/title/review/publicity");
  }

  const text = (name: "title" | "contactName" | "contactPhone", label: string) => (
    <Field label={label} error={errors[name]?.message} required>
      {(p) => <input {...p} {...form.register(name)} className={inputClass} />}
    </Field>
  );
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="flex max-w-3xl flex-col gap-3" noValidate>
      {text("title", "公示标题")}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="公示起始日期" error={errors.startDate?.message} required>
          {(p) => <input {...p} type="date" {...form.register("startDate")} className={inputClass} />}
        </Field>
        <Field label="公示天数（工作日）" error={errors.workingDays?.message} required hint="不少于5个工作日，节假日不计">
          {(p) => <input {...p} type="number" min={5} {...form.register("workingDays")} className={inputClass} />}
        </Field>
        <div className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">公示结束日期</span>
          <output data-testid="end-date" aria-live="polite" className="rounded bg-slate-50 px-3 py-2">
            {endDate}
          </output>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {text("contactName", "联系人")}
        {text("contactPhone", "联系电话")}
      </div>
      <Field label="公示内容" error={errors.content?.message} required>
        {(p) => <textarea {...p} rows={4} {...form.register("content")} className={inputClass} />}
      </Field>
      <fieldset className="rounded border border-slate-200 p-3" aria-describedby="list-error">
        <legend className="px-1 text-sm font-medium">公示名单（本单位通过内部核验、尚未公示的申报人）</legend>
        {candidates.length === 0 ? <p className="text-sm text-slate-500">暂无通过单位内部核验、待公示的申报人</p> : null}
        <ul className="flex flex-col gap-1 text-sm">
          {candidates.map((c) => (
            <li key={c.id}>
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" value={c.id} {...form.register("declarationIds")} />
                {c.applicantName}（{c.idNumberMasked}）· {c.titleName}
              </label>
            </li>
          ))}
        </ul>
        <p id="list-error" className="min-h-4 text-xs text-red-600" aria-live="polite">
          {errors.declarationIds?.message ?? ""}
        </p>
      </fieldset>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          保存
        </Button>
      </div>
      <FormMessage ok={message?.ok} message={message?.message} />
    </form>
  );
}
