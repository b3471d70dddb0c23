"use server";

import { refreshOnSuccess, runAction } from "@/lib/action";
import { requirePermission } from "@/lib/auth/session";
import { saveRound } from "@/lib/rounds/save-round";
import { roundSchema, type RoundInput } from "@/lib/rounds/schemas";
import { clientIp } from "@/lib/request-ip";

export async function saveRoundAction(input: RoundInput) {
  const actor = await requirePermission("round.manage");
  const ip = await clientIp();
  return refreshOnSuccess("/config/rounds", "page")(
    await runAction(roundSchema, input, async (data) => { await saveRound({ actor, ip, input: data }); }, "保存成功"),
  );
}
