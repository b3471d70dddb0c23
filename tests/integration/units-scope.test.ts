import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSubUnit } from "@/lib/units/create-sub-unit";
import { decideSuperior } from "@/lib/units/decide-superior";
import { designateAdmin } from "@/lib/units/designate-admin";
import { getUnitForEdit } from "@/lib/units/get-unit-for-edit";
import { listRegistrations } from "@/lib/units/list-registrations";
import { listSuperiorRequests, listUnits } from "@/lib/units/list-units";
import { readUnitFile } from "@/lib/units/read-unit-file";
import { requestSuperior } from "@/lib/units/request-superior";
import { revealContactMobile } from "@/lib/units/reveal-contact-mobile";
import { reviewRegistration } from "@/lib/units/review-registration";
import { updateUnitInfo } from "@/lib/units/update-unit-info";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { randomUscc } from "@/prisma/seed/identifiers";
import { actorOf, bureauHandler, IP } from "./accounts-fixtures";
import { expectNullOutOfReach, expectOutOfReach } from "./scope-fixtures";

/** A 事业单位 with its admin and handler, and an unrelated unit (with a pending 归口 request to it) they do not reach. */
async function setting() {
  const unit = await createUnit(db, { kind: "PUBLIC_INSTITUTION" });
  const admin = await actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_ADMIN"] })).id);
  const handler = await actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] })).id);
  const other = await createUnit(db, { kind: "COMPETENT_DEPT" });
  const lower = await createUnit(db);
  const request = await db.superiorRequest.create({ data: { unitId: lower.id, superiorId: other.id, requestedById: (await createPerson(db, { unitId: lower.id })).id } });
  return { unit, admin, handler, other, lower, request };
}

/** A unit awaiting 单位注册审核 in 遵义 (520300), with its two registration files. */
async function pendingRegistration() {
  const unit = await createUnit(db, { regionCode: "520300" });
  const file = (purpose: string) =>
    db.storedFile.create({ data: { storageKey: `units/${randomUUID()}`, originalName: "a.pdf", mime: "application/pdf", size: 1, purpose, ownerUnitId: unit.id } });
  const [uscc, letter] = [await file("unit-uscc-certificate"), await file("unit-authorization-letter")];
  return db.unit.update({ where: { id: unit.id }, data: { status: "PENDING_REVIEW", usccFileId: uscc.id, authLetterFileId: letter.id } });
}

const unitRows = (ids: string[]) => db.unit.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });

describe("单位：范围之外即不存在", () => {
  it("every unit write on a unit out of reach answers as for a missing record, reads no row outside the scope and changes nothing", async () => {
    const s = await setting();
    const touched = [s.other.id, s.lower.id];
    const [units, requests, grants, audit] = await Promise.all([
      unitRows(touched),
      db.superiorRequest.findMany({ where: { OR: [{ unitId: { in: touched } }, { superiorId: { in: touched } }] } }),
      db.roleGrant.count({ where: { unitId: { in: touched } } }),
      db.auditLog.count({ where: { entityId: { in: [...touched, s.request.id] } } }),
    ]);
    const person = await createPerson(db);
    await expectOutOfReach({
      actor: s.handler,
      id: s.other.id,
      call: (unitId) => updateUnitInfo({ actor: s.handler, ip: IP, input: { unitId, name: s.other.name, contactName: "联系人", contactMobile: "13800000001", address: "地址" } }),
    });
    await expectOutOfReach({ actor: s.admin, id: s.other.id, call: (unitId) => designateAdmin({ actor: s.admin, ip: IP, input: { unitId, idNumber: person.idNumber } }) });
    await expectOutOfReach({ actor: s.handler, id: s.lower.id, call: (unitId) => requestSuperior({ actor: s.handler, ip: IP, input: { unitId, superiorName: s.unit.name } }) });
    await expectOutOfReach({ actor: s.handler, id: s.request.id, call: (id) => decideSuperior({ actor: s.handler, ip: IP, id, approve: true }) });
    await expectOutOfReach({
      actor: s.handler,
      id: s.other.id,
      call: (parentId) =>
        createSubUnit({ actor: s.handler, ip: IP, input: { parentId, name: `下级单位${randomUscc().slice(8, 17)}`, uscc: randomUscc(), kind: "ENTERPRISE", regionCode: "520100", contactName: "联系人", contactMobile: "13800000000", address: "地址" } }),
    });
    expect(await unitRows(touched)).toEqual(units);
    expect(await db.superiorRequest.findMany({ where: { OR: [{ unitId: { in: touched } }, { superiorId: { in: touched } }] } })).toEqual(requests);
    expect(await db.roleGrant.count({ where: { unitId: { in: touched } } })).toBe(grants);
    expect(await db.auditLog.count({ where: { entityId: { in: [...touched, s.request.id] } } })).toBe(audit);
    expect(await db.unit.count({ where: { superiorId: s.other.id } })).toBe(0);
  });

  it("a bureau of another region: its registration review, the contact's mobile and the files are not found", async () => {
    const unit = await pendingRegistration();
    const guiyang = await bureauHandler("520100");
    await expectOutOfReach({ actor: guiyang, id: unit.id, call: (unitId) => reviewRegistration({ actor: guiyang, ip: IP, unitId, approve: true }) });
    await expectOutOfReach({ actor: guiyang, id: unit.id, call: (unitId) => revealContactMobile({ actor: guiyang, ip: IP, unitId }) });
    await expectOutOfReach({ actor: guiyang, id: unit.usccFileId!, call: (fileId) => readUnitFile({ actor: guiyang, fileId }) });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toEqual(unit);
    expect(await db.auditLog.count({ where: { entityId: unit.id } })).toBe(0);
    const queue = await listRegistrations({ actor: guiyang, query: { page: 1 } });
    expect(queue.rows.map((r) => r.id)).not.toContain(unit.id);
    // The bureau of its region reaches it through the region tree (遵义市 → its counties).
    const zunyi = await bureauHandler("520300");
    expect((await listRegistrations({ actor: zunyi, query: { q: unit.name, page: 1 } })).rows.map((r) => r.id)).toEqual([unit.id]);
  });

  it("reads and lists leave a unit out of reach out; the admin reaches its sub-units", async () => {
    const s = await setting();
    await expectNullOutOfReach({ actor: s.admin, id: s.other.id, read: (id) => getUnitForEdit({ actor: s.admin, id }) });
    expect((await listUnits({ actor: s.admin, query: { page: 1 } })).rows.map((u) => u.id)).toEqual([s.unit.id]);
    expect(await listSuperiorRequests({ actor: s.handler })).toEqual([]);
    const sub = await createUnit(db, { superiorId: s.unit.id });
    expect(await getUnitForEdit({ actor: s.admin, id: sub.id })).toMatchObject({ unit: { id: sub.id }, may: { info: false, admin: true, superior: false, createSub: false } });
  });
});
