import { sessionEnv } from "@/lib/env";

// How long a session lives: it ends after SESSION_IDLE_MINUTES without a request, and SESSION_ABSOLUTE_HOURS after
// sign-in however active its user is. The cookie's token expires at the earlier of the two; activity moves it on.
// (lib/env's session subset: proxy.ts needs these too and must not depend on the database settings.)

export type SessionLimits = { idleSeconds: number; absoluteSeconds: number };

export function sessionLimits(): SessionLimits {
  const { SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS } = sessionEnv();
  return { idleSeconds: SESSION_IDLE_MINUTES * 60, absoluteSeconds: Math.round(SESSION_ABSOLUTE_HOURS * 3600) };
}

/** Seconds the session may still live from `now` (all in epoch seconds); 0 or less means it has ended. */
export function sessionSecondsLeft(opts: { startedAt: number; now: number; limits: SessionLimits }) {
  return Math.min(opts.limits.idleSeconds, opts.startedAt + opts.limits.absoluteSeconds - opts.now);
}

/** Whether the absolute lifetime is over (the idle one is enforced by the token's own expiry). */
export function pastAbsoluteLifetime(opts: { startedAt: number; now: number; limits: SessionLimits }) {
  return opts.now >= opts.startedAt + opts.limits.absoluteSeconds;
}

/**
 * Re-issue the cookie when doing so moves its expiry on by more than a minute: re-encrypting on every request costs
 * more than it buys.
 */
export function shouldSlide(opts: { expiresAt: number; startedAt: number; now: number; limits: SessionLimits }) {
  const newExpiry = opts.now + sessionSecondsLeft(opts);
  return newExpiry - opts.expiresAt > 60;
}
