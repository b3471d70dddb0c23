"use server";

import { personAction, refreshOnSuccess } from "@/lib/action";
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

const done = refreshOnSuccess("/config/holidays");

export async function addCalendarYearAction(input: CalendarYearInput) {
  return done(await personAction(calendarYearSchema, input, async ({ actor, ip, data }) => { await addCalendarYear({ actor, ip, input: data }); }, "已新增年度"));
}

export async function correctCalendarDayAction(input: CalendarCorrectionInput) {
  return done(await personAction(calendarCorrectionSchema, input, async ({ actor, ip, data }) => { await correctCalendarDay({ actor, ip, input: data }); }, "已修正"));
}

export async function revokeCalendarCorrectionAction(input: { date: string; version: number }) {
  return done(await personAction(calendarRevokeSchema, input, ({ actor, ip, data }) => revokeCalendarCorrection({ actor, ip, input: data }), "已撤销修正"));
}
