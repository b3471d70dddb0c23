import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerPerson } from "@/lib/accounts/register-person";
import { registerPersonSchema } from "@/lib/accounts/schemas";
import { randomIdNumber } from "@/prisma/seed/identifiers";

// Registration creates accounts, so one client address may create only REGISTER_IP_MAX_PER_HOUR (20) an hour.
const input = () =>
  registerPersonSchema.parse({ idNumber: randomIdNumber(), name: "注册人", mobile: "13912345678", password: "Reg@2026ab", confirmPassword: "Reg@2026ab", realPersonConfirmed: true });

describe("注册频率限制", () => {
  it("refuses the 21st registration from one address within the hour, writes nothing, and leaves other addresses alone", async () => {
    const ip = "198.51.100.21";
    for (let i = 0; i < 20; i++) await registerPerson({ input: input(), ip });
    const refused = input();
    await expect(registerPerson({ input: refused, ip })).rejects.toThrow(/本网络注册过于频繁，请(60|59)分钟后再试/);
    expect(await db.user.count({ where: { idNumber: refused.idNumber } })).toBe(0);
    await expect(registerPerson({ input: input(), ip: "198.51.100.22" })).resolves.toHaveProperty("id");
  });

  it("counts an IPv6 client by its /64, whichever address it takes", async () => {
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:7`;
    for (let i = 1; i <= 20; i++) await registerPerson({ input: input(), ip: `${prefix}::${i}` });
    await expect(registerPerson({ input: input(), ip: `${prefix}:ffff::99` })).rejects.toThrow("本网络注册过于频繁");
    await expect(registerPerson({ input: input(), ip: `${prefix.replace(/:7$/, ":8")}::1` })).resolves.toHaveProperty("id");
  });
});
