"use server";

import { personAction, refreshOnSuccess } from "@/lib/action";
import { recordFinding } from "./record-finding";
import { revokeFinding } from "./revoke-finding";
import { recordFindingSchema, revokeFindingSchema } from "./schemas";

const done = refreshOnSuccess("/title/integrity", "page");

export async function recordFindingAction(input: unknown) {
  return done(await personAction(recordFindingSchema, input, async (ctx) => void (await recordFinding({ actor: ctx.actor, ip: ctx.ip, input: ctx.data })), "已记入诚信档案"));
}

export async function revokeFindingAction(input: unknown) {
  return done(await personAction(revokeFindingSchema, input, (ctx) => revokeFinding({ actor: ctx.actor, ip: ctx.ip, input: ctx.data }), "已撤销该记录"));
}
