import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/auth-options";
import { endAuthSession, PRUNE_BATCH, pruneAuthSessions } from "@/lib/auth/auth-session";
import { sessionFromCookie } from "@/lib/auth/resolve-session";
import { decodeSession, encodeSession, sessionCookieName } from "@/lib/auth/session-cookie";
import { signInPerson, signInUnit, type SignedIn } from "@/lib/auth/sign-in";
import { sendUnitLoginCode } from "@/lib/auth/send-unit-login-code";
import { proxy } from "@/proxy";
import { POST as submitRoute } from "@/app/api/declarations/submit/route";
import { GET as authRoute } from "@/app/api/auth/[...nextauth]/route";
import { FIRST_PASSWORD_PAGE } from "@/lib/auth/password-page";
import { PASSWORD_DUE_MESSAGE } from "@/lib/refusal";
import { createPerson, createUnit, DEMO_PASSWORD } from "@/prisma/seed/factories";

// Sessions end: on 退出登录 (on the server, for every copy of the cookie), after the idle timeout, and after the
// absolute lifetime; an active user stays signed in. Time is a fake clock, never a wait.

const SECRET = process.env.NEXTAUTH_SECRET!;
const MINUTE = 60_000;

/** The cookie next-auth issues at sign-in: its jwt callback's token, encoded with its configured lifetime. */
async function cookieFor(signed: SignedIn) {
  const options = authOptions();
  const user = { id: signed.id, name: signed.name, kind: signed.kind, sessionVersion: signed.sessionVersion, mustChangePassword: signed.mustChangePassword, sessionId: signed.sessionId, startedAt: signed.startedAt };
  const token = (await options.callbacks!.jwt!({ token: { sub: signed.id, name: signed.name } as JWT, user, account: null })) as JWT;
  return encodeSession(token, SECRET, options.jwt!.maxAge!);
}

/** One page request through proxy.ts; returns whether it got through and the cookie the browser holds afterwards. */
async function visit(cookie: string) {
  return passProxy(new NextRequest("http://localhost/portal/password", { headers: { cookie: `${sessionCookieName()}=${cookie}` } }), cookie);
}

/** One press of a button: the page's server action, as the browser posts it. */
async function press(cookie: string) {
  const headers = { cookie: `${sessionCookieName()}=${cookie}`, "next-action": "a1b2c3", "content-type": "text/plain;charset=UTF-8" };
  return passProxy(new NextRequest("http://localhost/title/declarations", { method: "POST", headers, body: "[]" }), cookie);
}

async function passProxy(req: NextRequest, cookie: string) {
  const res = await proxy(req);
  const location = res.headers.get("location");
  return { passed: !location, location, cookie: res.cookies.get(sessionCookieName())?.value ?? cookie };
}

/** The request a press of 申报 sends to its route (outside proxy.ts), for a made-up declaration. */
function postSubmit(cookie: string) {
  const headers = { cookie: `${sessionCookieName()}=${cookie}`, "content-type": "application/json", origin: "http://localhost", host: "localhost" };
  return submitRoute(new NextRequest("http://localhost/api/declarations/submit", { method: "POST", headers, body: JSON.stringify({ id: "x", status: "DRAFT", version: 0 }) }));
}

/** A press of 申报; signed in, a person bound to no unit may not apply (403). */
async function pressSubmit(cookie: string) {
  const res = await postSubmit(cookie);
  const slid = res.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookieName()}=`));
  return { passed: res.status === 403, status: res.status, cookie: slid ? slid.slice(sessionCookieName().length + 1).split(";")[0] : cookie };
}

/** The user acts every 5 minutes for 40 minutes and every act gets through; the cookie held at the end. */
async function activeFor40Minutes(first: string, act: (cookie: string) => Promise<{ passed: boolean; cookie: string }>) {
  let cookie = first;
  for (let minute = 5; minute <= 40; minute += 5) {
    vi.advanceTimersByTime(5 * MINUTE);
    const step = await act(cookie);
    expect(step.passed, `minute ${minute}`).toBe(true);
    cookie = step.cookie;
  }
  return cookie;
}

async function personCookie() {
  const user = await createPerson(db);
  return cookieFor(await signInPerson({ idNumber: user.idNumber, password: DEMO_PASSWORD, ip: "10.1.1.1" }));
}

const tokenOf = async (cookie: string) => (await decodeSession(cookie, SECRET))!;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
});
afterEach(() => {
  vi.useRealTimers();
  delete process.env.SESSION_ABSOLUTE_HOURS;
});

describe("会话结束", () => {
  it("refuses a copied cookie replayed after 退出登录, and audits the logout", async () => {
    const cookie = await personCookie();
    expect((await sessionFromCookie(cookie)).status).toBe("active");
    const { sid } = await tokenOf(cookie);
    await endAuthSession({ sessionId: sid, ip: "10.1.1.1" });
    expect((await sessionFromCookie(cookie)).status).toBe("ended");
    expect(await db.auditLog.count({ where: { action: "退出登录", entityId: sid } })).toBe(1);
  });

  it("/api/auth/session answers no session for a cookie whose session has ended, and clears it", async () => {
    const cookie = await personCookie();
    const ask = () =>
      authRoute(new NextRequest("http://localhost/api/auth/session", { headers: { cookie: `${sessionCookieName()}=${cookie}` } }), {
        params: Promise.resolve({ nextauth: ["session"] }),
      });
    await endAuthSession({ sessionId: (await tokenOf(cookie)).sid, ip: "10.1.1.1" });
    const ended = await ask();
    expect(await ended.json()).toEqual({});
    expect(ended.headers.getSetCookie().find((c: string) => c.startsWith(`${sessionCookieName()}=`))).toMatch(/Max-Age=0/);
  });

  it("ends a unit-login session the same way", async () => {
    const unit = await createUnit(db, { withLogin: true, mobile: "13712340001" });
    await sendUnitLoginCode({ account: unit.loginAccount!, password: DEMO_PASSWORD, ip: "10.1.1.2" });
    const sms = await db.smsMessage.findFirstOrThrow({ where: { mobile: "13712340001" }, orderBy: { createdAt: "desc" } });
    const code = sms.content.match(/验证码(\d{6})/)![1];
    const cookie = await cookieFor(await signInUnit({ account: unit.loginAccount!, password: DEMO_PASSWORD, code, ip: "10.1.1.2" }));
    expect(await sessionFromCookie(cookie)).toMatchObject({ status: "active", actor: { kind: "unit", unitId: unit.id } });
    await endAuthSession({ sessionId: (await tokenOf(cookie)).sid, ip: null });
    expect((await sessionFromCookie(cookie)).status).toBe("ended");
  });

  it("refuses a cookie replayed after the idle timeout (30 minutes without a request)", async () => {
    const cookie = await personCookie();
    vi.advanceTimersByTime(29 * MINUTE);
    expect((await sessionFromCookie(cookie)).status).toBe("active");
    vi.advanceTimersByTime(2 * MINUTE);
    expect((await sessionFromCookie(cookie)).status).toBe("none");
    expect((await visit(cookie)).location).toMatch(/\/login/);
  });

  it("keeps a user active every 5 minutes signed in for 40 minutes, and an old copy of the cookie still expires", async () => {
    const first = await personCookie();
    const cookie = await activeFor40Minutes(first, visit);
    expect((await sessionFromCookie(cookie)).status).toBe("active");
    expect((await sessionFromCookie(first)).status).toBe("none");
  });

  it("keeps a user who only presses buttons (server actions) signed in, and leaves a signed-out press to the action", async () => {
    const cookie = await activeFor40Minutes(await personCookie(), press);
    expect((await sessionFromCookie(cookie)).status).toBe("active");
    // Not redirected here: the action answers with its own redirect to the login page, which the page follows.
    vi.advanceTimersByTime(31 * MINUTE);
    expect((await press(cookie)).passed).toBe(true);
    expect((await sessionFromCookie(cookie)).status).toBe("none");
  });

  it("keeps a user who only presses 申报 (its route, outside proxy.ts) signed in, and answers 401 once the session has ended", async () => {
    const cookie = await activeFor40Minutes(await personCookie(), pressSubmit);
    expect((await sessionFromCookie(cookie)).status).toBe("active");
    vi.advanceTimersByTime(31 * MINUTE);
    expect((await pressSubmit(cookie)).status).toBe(401);
  });

  it("answers a press of 申报 before the initial password is changed with 403 and 密码修改, not 登录已失效", async () => {
    const user = await createPerson(db, { mustChangePassword: true });
    const cookie = await cookieFor(await signInPerson({ idNumber: user.idNumber, password: DEMO_PASSWORD, ip: "10.1.1.3" }));
    const res = await postSubmit(cookie);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ ok: false, cause: "forbidden", message: PASSWORD_DUE_MESSAGE, redirectTo: FIRST_PASSWORD_PAGE });
  });

  it("ends an active session at the absolute lifetime", async () => {
    process.env.SESSION_ABSOLUTE_HOURS = "1";
    let cookie = await personCookie();
    for (let minute = 5; minute < 60; minute += 5) {
      vi.advanceTimersByTime(5 * MINUTE);
      cookie = (await visit(cookie)).cookie;
    }
    expect((await sessionFromCookie(cookie)).status).toBe("active");
    vi.advanceTimersByTime(5 * MINUTE);
    expect((await visit(cookie)).location).toMatch(/\/login\?reason=expired/);
    expect((await sessionFromCookie(cookie)).status).not.toBe("active");
  });
});

describe("过期会话的清理", () => {
  it("sign-in prunes sessions past their absolute lifetime, a bounded batch at a time, and keeps live ones", async () => {
    const ip = `10.250.${Math.floor(Math.random() * 250)}.1`;
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
    await db.authSession.createMany({
      data: Array.from({ length: PRUNE_BATCH + 5 }, (_, i) => ({ ip, createdAt: hoursAgo(13), endedAt: i % 2 ? hoursAgo(12) : null })),
    });
    const live = await db.authSession.create({ data: { ip, createdAt: hoursAgo(11) } });
    const mine = () => db.authSession.count({ where: { ip } });
    expect(await db.$transaction((tx) => pruneAuthSessions(tx, new Date()))).toBeLessThanOrEqual(PRUNE_BATCH);
    await personCookie();
    expect(await mine()).toBe(1);
    expect(await db.authSession.findUnique({ where: { id: live.id } })).not.toBeNull();
  });
});
