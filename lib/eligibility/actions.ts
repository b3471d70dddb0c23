"use server";

import type { z } from "zod";
import { personAction, refreshOnSuccess } from "@/lib/action";
import { ruleSetSchema } from "./rule-set-schema";
import { saveRuleSet } from "./save-rule-set";

const done = refreshOnSuccess("/config/eligibility", "page");

export async function saveRuleSetAction(input: z.input<typeof ruleSetSchema>) {
  return done(await personAction(ruleSetSchema, input, ({ actor, ip, data }) => saveRuleSet({ actor, ip, ...data }), "申报条件已保存"));
}
