"use server";

import { revalidatePath } from "next/cache";
import { personAction } from "@/lib/action";
import { addCalendarYear } from "@/lib/calendar/add-calendar-year";
import { correctCalendarDay } from "@/lib/calendar/correct-calendar-day";
import { revokeCalendarCorrection } from "@/lib/calendar/revoke-calendar-correction";
import {
  calendarCorrectionSchema,
  calendarRevokeSchema,
  calendarYearSchema,
  type CalendarCorrectionInput,
  type CalendarYearInput,
} from "@/lib/calendar/schemas";

export async function addCalendarYearAction(input: CalendarYearInput) {
  const res = await personAction(calendarYearSchema, input, async ({ actor, ip, data }) => {
    await addCalendarYear({ actor, ip, input: data });
  }, "已新增年度");
  if (res.ok) revalidatePath("/config/holidays", "layout");
  return res;
}

export async function correctCalendarDayAction(input: CalendarCorrectionInput) {
  const res = await personAction(calendarCorrectionSchema, input, async ({ actor, ip, data }) => {
    await correctCalendarDay({ actor, ip, input: data });
  }, "已修正");
  if (res.ok) revalidatePath("/config/holidays", "layout");
  return res;
}

export async function revokeCalendarCorrectionAction(input: { date: string; version: number }) {
  const res = await personAction(calendarRevokeSchema, input, ({ actor, ip, data }) => revokeCalendarCorrection({ actor, ip, input: data }), "已撤销修正");
  if (res.ok) revalidatePath("/config/holidays", "layout");
  return res;
}
