import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { clientIp, ipFromHeaders } from "@/lib/request-ip";
import { endAuthSession } from "./auth-session";
import { sessionLimits } from "./session-lifetime";
import { signInPerson, signInUnit, type SignedIn } from "./sign-in";

// next-auth with two credential logins (个人登录, 单位登录) and JWT sessions. The token carries only identity and a
// session version; every request re-checks the account in the database (see session.ts).

declare module "next-auth" {
  interface User {
    kind: "person" | "unit";
    sessionVersion: number;
    mustChangePassword: boolean;
    sessionId: string;
    startedAt: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    kind: "person" | "unit";
    sv: number;
    mcp: boolean;
    /** The AuthSession row, ended by 退出登录. */
    sid: string;
    /** Sign-in time (epoch seconds), for the absolute lifetime. */
    st: number;
  }
}

function toUser(s: SignedIn) {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    sessionVersion: s.sessionVersion,
    mustChangePassword: s.mustChangePassword,
    sessionId: s.sessionId,
    startedAt: s.startedAt,
  };
}

/** Expected refusals reach the login form as their message; anything else stays generic. */
async function asUserMessage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AppError) throw new Error(error.message);
    console.error(error);
    throw new Error("登录失败，请稍后重试");
  }
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    // The token's own lifetime is the idle timeout (next-auth would sign it for 30 days); proxy.ts slides it.
    session: { strategy: "jwt", maxAge: sessionLimits().idleSeconds },
    jwt: { maxAge: sessionLimits().idleSeconds },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        id: "person",
        name: "个人登录",
        credentials: { idNumber: { type: "text" }, password: { type: "password" } },
        authorize: (c, req) =>
          asUserMessage(async () =>
            toUser(await signInPerson({ idNumber: c?.idNumber ?? "", password: c?.password ?? "", ip: ipFromHeaders(req.headers ?? {}) })),
          ),
      }),
      CredentialsProvider({
        id: "unit",
        name: "单位登录",
        credentials: { account: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
        authorize: (c, req) =>
          asUserMessage(async () =>
            toUser(
              await signInUnit({ account: c?.account ?? "", password: c?.password ?? "", code: c?.code ?? "", ip: ipFromHeaders(req.headers ?? {}) }),
            ),
          ),
      }),
    ],
    events: {
      async signOut({ token }) {
        if (token?.sid) await endAuthSession({ sessionId: token.sid, ip: await clientIp() });
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.kind = user.kind;
          token.sv = user.sessionVersion;
          token.mcp = user.mustChangePassword;
          token.sid = user.sessionId;
          token.st = user.startedAt;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { name: token.name, kind: token.kind, id: token.sub } };
      },
    },
  };
}
