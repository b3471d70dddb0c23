import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { signInPerson, signInUnit } from "@/lib/auth/sign-in";
import { sendUnitLoginCode } from "@/lib/auth/send-unit-login-code";
import { createPerson, createUnit, DEMO_PASSWORD } from "@/prisma/seed/factories";
import { randomIdNumber } from "@/prisma/seed/identifiers";

// Whether an ID has an account must not show in how long a refused sign-in takes: argon2's verification is nearly all
// of that time, so every refused attempt does exactly one, whatever the account. Counted, not timed.

const argon2 = vi.hoisted(() => ({ verifications: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: (...args: Parameters<typeof real.verify>) => {
      argon2.verifications++;
      return real.verify(...args);
    },
  };
});

const ip = () => `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** How many argon2 verifications one refused attempt did. */
async function workOf(attempt: () => Promise<unknown>) {
  argon2.verifications = 0;
  await expect(attempt()).rejects.toThrow();
  return argon2.verifications;
}

beforeEach(() => {
  argon2.verifications = 0;
});

describe("登录：账号是否存在不能从应答时间看出", () => {
  it("a wrong password on an existing ID and any password on an unknown ID each cost one verification", async () => {
    const user = await createPerson(db);
    expect(await workOf(() => signInPerson({ idNumber: user.idNumber, password: "Wrong@123", ip: ip() }))).toBe(1);
    expect(await workOf(() => signInPerson({ idNumber: randomIdNumber(), password: "Wrong@123", ip: ip() }))).toBe(1);
  });

  it("a disabled account and a locked one cost the same", async () => {
    const disabled = await createPerson(db);
    await db.user.update({ where: { id: disabled.id }, data: { status: "DISABLED" } });
    expect(await workOf(() => signInPerson({ idNumber: disabled.idNumber, password: DEMO_PASSWORD, ip: ip() }))).toBe(1);
    const locked = await createPerson(db);
    const unknown = randomIdNumber();
    for (const idNumber of [locked.idNumber, unknown]) {
      for (let i = 0; i < 5; i++) await signInPerson({ idNumber, password: `Wrong@${i}aa`, ip: ip() }).catch(() => undefined);
      argon2.verifications = 0;
      await expect(signInPerson({ idNumber, password: DEMO_PASSWORD, ip: ip() })).rejects.toThrow("已被临时锁定");
      expect(argon2.verifications, idNumber).toBe(1);
    }
  });

  it("单位登录 and its SMS code: an unknown account costs what a known one does", async () => {
    const unit = await createUnit(db, { withLogin: true, mobile: "13712347777" });
    const unknown = `U${randomUUID().slice(0, 8).toUpperCase()}`;
    expect(await workOf(() => sendUnitLoginCode({ account: unit.loginAccount!, password: "Wrong@123", ip: ip() }))).toBe(1);
    expect(await workOf(() => sendUnitLoginCode({ account: unknown, password: "Wrong@123", ip: ip() }))).toBe(1);
    expect(await workOf(() => signInUnit({ account: unit.loginAccount!, password: "Wrong@123", code: "123456", ip: ip() }))).toBe(1);
    expect(await workOf(() => signInUnit({ account: unknown, password: "Wrong@123", code: "123456", ip: ip() }))).toBe(1);
  });
});
