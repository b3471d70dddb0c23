import type { ActionState } from "@/lib/errors";

/** A server action's answer, or, when the request itself failed (network down, server gone), what the user is told instead. */
export function callAction<R extends ActionState>(call: Promise<R>, what = "操作"): Promise<R | ActionState> {
  return call.catch((): ActionState => ({ ok: false, message: `${what}失败，请检查网络后重试` }));
}
