import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { changePassword } from "@/lib/accounts/change-password";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { loadPersonActor } from "@/lib/auth/load-actor";
import { verifyPassword } from "@/lib/auth/password-hash";
import { signInPerson } from "@/lib/auth/sign-in";
import { createPerson, DEMO_PASSWORD } from "@/prisma/seed/factories";

describe("密码修改", () => {
  it("changes the password, clears the first-login flag, moves the session version on and audits it", async () => {
    const user = await createPerson(db, { mustChangePassword: true });
    const actor = (await loadPersonActor(db, user.id))!;
    const input = changePasswordSchema.parse({ oldPassword: DEMO_PASSWORD, newPassword: "Fresh#Pass9", confirmPassword: "Fresh#Pass9" });
    const { sessionVersion } = await changePassword({ actor, ip: "10.0.0.9", input });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "Fresh#Pass9")).toBe(true);
    expect(await db.auditLog.findFirst({ where: { entityId: user.id, action: "修改密码" } })).toMatchObject({ ip: "10.0.0.9", actorUserId: user.id });
    await expect(signInPerson({ idNumber: user.idNumber, password: "Fresh#Pass9", ip: "10.0.0.9" })).resolves.toMatchObject({ mustChangePassword: false });
  });

  it("a wrong old password is a field error on 旧密码 and changes nothing", async () => {
    const user = await createPerson(db);
    const actor = (await loadPersonActor(db, user.id))!;
    const input = changePasswordSchema.parse({ oldPassword: "Not@mine1", newPassword: "Fresh#Pass9", confirmPassword: "Fresh#Pass9" });
    await expect(changePassword({ actor, ip: "10.0.0.9", input })).rejects.toMatchObject({ field: "oldPassword", message: "旧密码不正确" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(user.sessionVersion);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "修改密码" } })).toBe(0);
  });

  it.each([
    [{ oldPassword: "", newPassword: "Fresh#Pass9", confirmPassword: "Fresh#Pass9" }, "oldPassword", "请输入旧密码"],
    [{ oldPassword: "x", newPassword: "weak", confirmPassword: "weak" }, "newPassword", "密码长度不能少于8位"],
    [{ oldPassword: "x", newPassword: "Fresh#Pass9", confirmPassword: "Fresh#Pass8" }, "confirmPassword", "两次输入的新密码不一致"],
    [{ oldPassword: "Fresh#Pass9", newPassword: "Fresh#Pass9", confirmPassword: "Fresh#Pass9" }, "newPassword", "新密码不能与旧密码相同"],
    [{ oldPassword: "x", newPassword: "'; DROP TABLE \"User\";--", confirmPassword: "'; DROP TABLE \"User\";--" }, "newPassword", "密码不能包含空格"],
  ])("rejects %j on %s", (input, field, message) => {
    const result = changePasswordSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});
