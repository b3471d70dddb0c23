import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listRegistrations } from "@/lib/units/list-registrations";
import { revealContactMobile } from "@/lib/units/reveal-contact-mobile";
import { createUnit } from "@/prisma/seed/factories";
import { seedRegions } from "@/prisma/seed/regions";
import { bureauHandler, IP } from "./accounts-fixtures";

// 单位注册审核 shows the contact's mobile masked like every list; 查看 reveals it to a reviewer in scope and audits it.

beforeAll(() => seedRegions(db));

describe("单位注册审核：联系人手机号", () => {
  it("is masked in the list, revealed by 查看 with an audit row, and not to a reviewer of another region", async () => {
    const unit = await createUnit(db, { regionCode: "520302", mobile: "13655551234" });
    await db.unit.update({ where: { id: unit.id }, data: { status: "PENDING_REVIEW" } });
    const zunyi = await bureauHandler("520300");
    const guiyang = await bureauHandler("520100");

    const { rows } = await listRegistrations({ actor: zunyi, query: { q: unit.uscc!, page: 1 } });
    expect(rows.map((r) => r.contactMobile)).toEqual(["136****1234"]);

    await expect(revealContactMobile({ actor: zunyi, ip: IP, unitId: unit.id })).resolves.toEqual({ mobile: "13655551234" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "查看单位联系人手机号", entityId: unit.id } });
    expect(audit).toMatchObject({ actorUserId: zunyi.userId, ip: IP });

    await expect(revealContactMobile({ actor: guiyang, ip: IP, unitId: unit.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditLog.count({ where: { action: "查看单位联系人手机号", entityId: unit.id } })).toBe(1);
  });
});
