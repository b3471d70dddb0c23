"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field, inputClass } from "@/components/ui/field";
import { SaveAndBack } from "@/components/ui/save-and-back";
import { NoticeFields } from "./notice-fields";
import {
  calendarCorrectionSchema,
  DAY_KIND_LABELS,
  type CalendarCorrectionInput,
  type CalendarCorrectionValues,
} from "@/lib/calendar/schemas";
import { correctCalendarDayAction } from "@/lib/calendar/actions";

/** 修正 of one day (chosen before the form opens, so the version shown is that day's). */
export function CalendarCorrectionForm({ initial }: { initial: CalendarCorrectionInput }) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const form = useForm<CalendarCorrectionInput, unknown, CalendarCorrectionValues>({
    resolver: zodResolver(calendarCorrectionSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: CalendarCorrectionValues) {
    const res = await correctCalendarDayAction(values);
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) form.setError(field as keyof CalendarCorrectionInput, { message });
    setResult(res);
    if (res.ok) router.push(`/config/holidays/${values.date.slice(0, 4)}`);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-x-4 sm:grid-cols-2" aria-label="修正">
      <input type="hidden" {...form.register("date")} />
      <input type="hidden" {...form.register("version")} />
      <Field label="修正为" error={errors.kind?.message ?? errors.date?.message} required>
        {(a) => (
          <select {...a} {...form.register("kind")} className={inputClass}>
            <option value="">请选择</option>
            {Object.entries(DAY_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <NoticeFields register={form.register} errors={{ noticeNumber: errors.noticeNumber?.message, noticeName: errors.noticeName?.message }} />
      <div className="sm:col-span-2">
        <Field label="修正说明" error={errors.note?.message} required>
          {(a) => <textarea {...a} {...form.register("note")} rows={3} className={inputClass} />}
        </Field>
      </div>
      <SaveAndBack result={result} saving={isSubmitting} onBack={() => router.push(`/config/holidays/${initial.date.slice(0, 4)}`)} />
    </form>
  );
}
