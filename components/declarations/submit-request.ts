import type { DeclarationStatus } from "@/lib/db/generated/enums";
import type { Submittable } from "@/lib/declarations/state-machine";
import type { ActionState } from "@/lib/errors";

export type SubmitInput = { id: string; status: Submittable; version: number };
export type Submitted = ActionState & { data?: { status: DeclarationStatus; submittedAt: string } };

/**
 * 申报's one request (app/api/declarations/submit): a session that has ended sends the page to the login page, one
 * whose initial password is still unchanged to 密码修改.
 */
export async function submitDeclarationRequest(input: SubmitInput): Promise<Submitted> {
  const res = await fetch("/api/declarations/submit", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  const answer = (await res.json().catch(() => null)) as Submitted | null;
  if (res.status === 403 && answer?.redirectTo) window.location.assign(answer.redirectTo);
  if (res.status === 401) window.location.assign(`/login?reason=expired&callbackUrl=${encodeURIComponent(window.location.pathname)}`);
  return answer ?? { ok: false, message: "系统繁忙，请稍后重试" };
}
