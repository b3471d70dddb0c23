import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerUnit } from "@/lib/units/register-unit";
import { readUnitFile } from "@/lib/units/read-unit-file";
import { registerUnitSchema } from "@/lib/units/schemas";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { randomIdNumber, randomUscc } from "@/prisma/seed/identifiers";
import { seedRegions } from "@/prisma/seed/regions";
import { actorOf, IP, PDF, PNG } from "./accounts-fixtures";

describe("单位注册材料的访问", () => {
  it("the reviewing bureau reads the stored bytes; another region's bureau and an applicant may not", async () => {
    await seedRegions(db);
    const uscc = randomUscc("520300");
    const input = registerUnitSchema.parse({
      name: `材料测试${uscc.slice(8, 17)}`, uscc, kind: "ENTERPRISE", regionCode: "520300", legalRepName: "法人", legalRepIdNumber: randomIdNumber(),
      contactName: "联系人", contactMobile: "13800000009", address: "遵义", password: "Unit@2026x", confirmPassword: "Unit@2026x",
    });
    const { unitId } = (await registerUnit({ input, ip: IP, legalRepConfirmed: false, files: { usccFile: { name: "a.png", bytes: new Uint8Array(PNG) }, authLetterFile: { name: "b.pdf", bytes: new Uint8Array(PDF) } } })) as { unitId: string };
    const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId } });

    const reviewer = async (regionCode: string) => actorOf((await createPerson(db, { unitId: (await createUnit(db, { kind: "HR_BUREAU", regionCode })).id, roles: ["UNIT_HANDLER"] })).id);
    const { mime, body } = await readUnitFile({ actor: await reviewer("520300"), fileId: unit.usccFileId! });
    expect(mime).toBe("image/png");
    expect((await buffer(body)).equals(PNG)).toBe(true);

    await expect(readUnitFile({ actor: await reviewer("520100"), fileId: unit.usccFileId! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readUnitFile({ actor: await actorOf((await createPerson(db)).id), fileId: unit.authLetterFileId! })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
