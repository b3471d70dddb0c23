import { conflict } from "@/lib/errors";

/**
 * Decides a pending row with a conditional update (its WHERE names the pending state), so of two deciders exactly
 * one wins; the other is told the state the row is in now ("该绑定申请当前状态为「已通过」，不能重复处理").
 */
export async function claimPending<S extends string>(o: {
  claim: () => Promise<{ count: number }>;
  current: () => Promise<{ status: S }>;
  labels: Record<S, string>;
  what: string;
  verb: string;
}) {
  if ((await o.claim()).count === 1) return;
  const { status } = await o.current();
  throw conflict(`${o.what}当前状态为「${o.labels[status]}」，不能${o.verb}`);
}
