import "server-only";
import { sessionState } from "@/lib/auth/session";
import type { PersonActor } from "@/lib/auth/permissions";

/** For route handlers: the signed-in person allowed to act, or null (the route answers 401 rather than redirecting). */
export async function routePerson(): Promise<PersonActor | null> {
  const state = await sessionState();
  return state.status === "active" && state.actor.kind === "person" ? state.actor : null;
}
