import "server-only";
import { originAllowed } from "@/lib/http/request-guard";
import { sessionState } from "./session";
import type { PersonActor } from "./permissions";

/** For route handlers: the signed-in person allowed to act, or null (the route answers 401 rather than redirecting). */
export async function routePerson(): Promise<PersonActor | null> {
  const state = await sessionState();
  return state.status === "active" && state.actor.kind === "person" ? state.actor : null;
}

/** A browser sends Origin on a POST; one from another site, "null" or garbage is refused (proxy.ts checks it first). */
export function crossSite(req: Request) {
  return !originAllowed(req.headers.get("origin"), req.headers.get("x-forwarded-host") ?? req.headers.get("host"));
}
