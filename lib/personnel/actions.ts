"use server";

import { personAction, refreshOnSuccess } from "@/lib/action";
import { recordDiscipline, withdrawDiscipline } from "./record-discipline";
import { recordRetirement } from "./record-retirement";
import { disciplineSchema, retirementSchema, withdrawDisciplineSchema } from "./schemas";

const done = refreshOnSuccess("/title/staff-records", "page");

export async function recordRetirementAction(input: unknown) {
  return done(await personAction(retirementSchema, input, (ctx) => recordRetirement({ actor: ctx.actor, ip: ctx.ip, input: ctx.data }), "已登记离退休"));
}

export async function recordDisciplineAction(input: unknown) {
  return done(await personAction(disciplineSchema, input, async (ctx) => void (await recordDiscipline({ actor: ctx.actor, ip: ctx.ip, input: ctx.data })), "已登记处分"));
}

export async function withdrawDisciplineAction(input: unknown) {
  return done(await personAction(withdrawDisciplineSchema, input, (ctx) => withdrawDiscipline({ actor: ctx.actor, ip: ctx.ip, input: ctx.data }), "已撤销该处分登记"));
}
