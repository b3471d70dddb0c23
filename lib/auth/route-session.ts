import "server-only";
import { sessionState } from "./session";
import type { PersonActor } from "./permissions";

/** For route handlers: the signed-in person allowed to act, or null (the route answers 401 rather than redirecting). */
export async function routePerson(): Promise<PersonActor | null> {
  const state = await sessionState();
  return state.status === "active" && state.actor.kind === "person" ? state.actor : null;
}

/** A browser sends Origin on a POST; one from another site is refused (server actions check this themselves). */
export function crossSite(req: Request) {
  const origin = req.headers.get("origin");
  return origin !== null && new URL(origin).host !== (req.headers.get("x-forwarded-host") ?? req.headers.get("host"));
}
