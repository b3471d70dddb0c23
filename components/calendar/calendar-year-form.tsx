"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field, inputClass } from "@/components/ui/field";
import { SaveAndBack } from "@/components/ui/save-and-back";
import { NoticeFields } from "./notice-fields";
import { calendarYearSchema, type CalendarYearInput, type CalendarYearValues } from "@/lib/calendar/schemas";
import { addCalendarYearAction } from "@/lib/calendar/actions";

const DATES_HINT = "每行一个日期或区间，如 2027-02-06 或 2027-02-06至2027-02-12";

/** 新增年度: a year's arrangement typed from its notice (国务院办公厅关于…年部分节假日安排的通知). */
export function CalendarYearForm({ initial }: { initial: CalendarYearInput }) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const form = useForm<CalendarYearInput, unknown, CalendarYearValues>({ resolver: zodResolver(calendarYearSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: CalendarYearValues) {
    // The action parses the typed text again, so it receives what was typed.
    const typed = form.getValues();
    const res = await addCalendarYearAction({ ...typed, year: values.year });
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) form.setError(field as keyof CalendarYearInput, { message });
    setResult(res);
    if (res.ok) router.push(`/config/holidays/${values.year}`);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-x-4 sm:grid-cols-2" aria-label="新增年度">
      <Field label="年度" error={errors.year?.message} required>
        {(a) => <input {...a} {...form.register("year")} inputMode="numeric" className={inputClass} />}
      </Field>
      <NoticeFields register={form.register} errors={{ noticeNumber: errors.noticeNumber?.message, noticeName: errors.noticeName?.message }} />
      <Field label="放假日期" error={errors.holidays?.message} hint={DATES_HINT} required>
        {(a) => <textarea {...a} {...form.register("holidays")} rows={8} className={inputClass} />}
      </Field>
      <Field label="调休上班日期" error={errors.workdays?.message} hint="周六或周日上班的日期，每行一个">
        {(a) => <textarea {...a} {...form.register("workdays")} rows={8} className={inputClass} />}
      </Field>
      <SaveAndBack result={result} saving={isSubmitting} onBack={() => router.push("/config/holidays")} />
    </form>
  );
}
