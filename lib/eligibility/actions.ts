"use server";

import { z } from "zod";
import { personAction, refreshOnSuccess } from "@/lib/action";
import { recordIdField, recordVersionField } from "@/lib/validation/fields";
import { saveRuleSet } from "./save-rule-set";

const done = refreshOnSuccess("/config/eligibility", "page");

/** The rules themselves are checked against the series' titles inside saveRuleSet (storedRulesSchema). */
const ruleSetSchema = z.object({ seriesId: recordIdField, version: recordVersionField, rules: z.unknown() });

export async function saveRuleSetAction(input: z.input<typeof ruleSetSchema>) {
  return done(await personAction(ruleSetSchema, input, ({ actor, ip, data }) => saveRuleSet({ actor, ip, ...data }), "申报条件已保存"));
}
