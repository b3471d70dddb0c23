import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInPerson, signInUnit } from "@/lib/auth/sign-in";
import { sendUnitLoginCode } from "@/lib/auth/send-unit-login-code";
import { createPerson, createUnit, DEMO_PASSWORD } from "@/prisma/seed/factories";
import { randomIdNumber } from "@/prisma/seed/identifiers";

const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("个人登录", () => {
  it("signs in with ID number and password, records the login with its IP", async () => {
    const user = await createPerson(db);
    const from = ip();
    const signed = await signInPerson({ idNumber: user.idNumber.toLowerCase(), password: DEMO_PASSWORD, ip: from });
    expect(signed).toMatchObject({ kind: "person", id: user.id, mustChangePassword: false });
    const entry = await db.auditLog.findFirst({ where: { entityId: user.id, action: "登录" } });
    expect(entry).toMatchObject({ actorUserId: user.id, ip: from, entityType: "User" });
  });

  it("refuses a wrong password with a message that does not say which part was wrong, and audits it", async () => {
    const user = await createPerson(db);
    await expect(signInPerson({ idNumber: user.idNumber, password: "Wrong@123", ip: ip() })).rejects.toThrow("账号或密码错误");
    await expect(signInPerson({ idNumber: "110105194912310021", password: "Wrong@123", ip: ip() })).rejects.toThrow("账号或密码错误");
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "登录失败" } })).toBe(1);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await createPerson(db);
    await db.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    await expect(signInPerson({ idNumber: user.idNumber, password: DEMO_PASSWORD, ip: ip() })).rejects.toThrow("账号已被禁用");
  });

  it("locks the account after 5 failures in the window, even for the right password", async () => {
    const user = await createPerson(db);
    for (let i = 0; i < 4; i++) {
      await expect(signInPerson({ idNumber: user.idNumber, password: `Wrong@${i}aa`, ip: ip() })).rejects.toThrow("账号或密码错误");
    }
    await expect(signInPerson({ idNumber: user.idNumber, password: "Wrong@5aa", ip: ip() })).rejects.toThrow(/已被临时锁定，请1[0-5]分钟后再试/);
    await expect(signInPerson({ idNumber: user.idNumber, password: DEMO_PASSWORD, ip: ip() })).rejects.toThrow("已被临时锁定");
  });

  it("a success clears the account's failure count", async () => {
    const user = await createPerson(db);
    for (let i = 0; i < 4; i++) await signInPerson({ idNumber: user.idNumber, password: "Wrong@1aa", ip: ip() }).catch(() => {});
    await signInPerson({ idNumber: user.idNumber, password: DEMO_PASSWORD, ip: ip() });
    for (let i = 0; i < 4; i++) await signInPerson({ idNumber: user.idNumber, password: "Wrong@1aa", ip: ip() }).catch(() => {});
    await expect(signInPerson({ idNumber: user.idNumber, password: DEMO_PASSWORD, ip: ip() })).resolves.toMatchObject({ id: user.id });
  });

  it("locks an IP address that keeps failing across many accounts", async () => {
    const from = ip();
    const users = await Promise.all(Array.from({ length: 3 }, () => createPerson(db)));
    let message = "";
    for (let i = 0; i < 30 && !message.includes("锁定"); i++) {
      await signInPerson({ idNumber: users[i % 3].idNumber, password: `Nope@${randomUUID().slice(0, 4)}`, ip: from }).catch((e: Error) => {
        message = e.message;
      });
    }
    expect(message).toContain("已被临时锁定");
  });

  it("counts an IPv6 client by its /64: a new address in the same network is still locked", async () => {
    const network = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;
    let message = "";
    // A new ID each time: only the client's counter can run out.
    for (let i = 0; i < 30 && !message.includes("锁定"); i++) {
      await signInPerson({ idNumber: randomIdNumber(), password: `Nope@${randomUUID().slice(0, 4)}`, ip: `${network}::${(i + 1).toString(16)}` }).catch((e: Error) => {
        message = e.message;
      });
    }
    expect(message).toContain("已被临时锁定");
    const fresh = await createPerson(db);
    await expect(signInPerson({ idNumber: fresh.idNumber, password: DEMO_PASSWORD, ip: `${network}:abcd::1` })).rejects.toThrow("已被临时锁定");
  });

  it("reports that the initial password must be changed", async () => {
    const user = await createPerson(db, { mustChangePassword: true });
    await expect(signInPerson({ idNumber: user.idNumber, password: DEMO_PASSWORD, ip: ip() })).resolves.toMatchObject({ mustChangePassword: true });
  });
});

describe("单位登录", () => {
  it("needs account, password and the SMS code sent to the contact mobile", async () => {
    const unit = await createUnit(db, { withLogin: true, mobile: "13712345678" });
    const sent = await sendUnitLoginCode({ account: unit.loginAccount!.toLowerCase(), password: DEMO_PASSWORD, ip: ip() });
    expect(sent.maskedMobile).toBe("137****5678");
    const sms = await db.smsMessage.findFirstOrThrow({ where: { mobile: "13712345678" }, orderBy: { createdAt: "desc" } });
    const code = sms.content.match(/验证码(\d{6})/)![1];

    const wrong = code === "000000" ? "111111" : "000000";
    await expect(signInUnit({ account: unit.loginAccount!, password: DEMO_PASSWORD, code: wrong, ip: ip() })).rejects.toThrow("短信验证码不正确");
    await expect(signInUnit({ account: unit.loginAccount!, password: DEMO_PASSWORD, code, ip: ip() })).resolves.toMatchObject({ kind: "unit", id: unit.id });
    // A code works once.
    await expect(signInUnit({ account: unit.loginAccount!, password: DEMO_PASSWORD, code, ip: ip() })).rejects.toThrow("验证码已失效");
  });

  it("sends no code without the right password, and not twice within a minute", async () => {
    const unit = await createUnit(db, { withLogin: true, mobile: "13712345679" });
    await expect(sendUnitLoginCode({ account: unit.loginAccount!, password: "Wrong@123", ip: ip() })).rejects.toThrow("账号或密码错误");
    expect(await db.smsMessage.count({ where: { mobile: "13712345679" } })).toBe(0);
    await sendUnitLoginCode({ account: unit.loginAccount!, password: DEMO_PASSWORD, ip: ip() });
    await expect(sendUnitLoginCode({ account: unit.loginAccount!, password: DEMO_PASSWORD, ip: ip() })).rejects.toThrow("1分钟后再试");
    expect(await db.smsMessage.count({ where: { mobile: "13712345679" } })).toBe(1);
  });

  it("refuses a unit still under manual review", async () => {
    const unit = await createUnit(db, { withLogin: true });
    await db.unit.update({ where: { id: unit.id }, data: { status: "PENDING_REVIEW" } });
    await expect(sendUnitLoginCode({ account: unit.loginAccount!, password: DEMO_PASSWORD, ip: ip() })).rejects.toThrow("单位尚未通过注册审核");
  });
});
