import type { PrismaClient } from "../../lib/db/generated/client";
import type { Role, UnitKind } from "../../lib/db/generated/enums";
import { hashPassword } from "../../lib/auth/password-hash";
import { randomIdNumber, randomUscc } from "./identifiers";
import { seedRegions } from "./regions";

// Building blocks shared by the demo seed and the tests, so both speak of the same shapes.

export const DEMO_PASSWORD = "Demo@2026";

let hashed: Promise<string> | undefined;
/** Hashing is deliberately slow; tests reuse one hash of the demo password. */
export function demoPasswordHash() {
  hashed ??= hashPassword(DEMO_PASSWORD);
  return hashed;
}

export async function createUnit(
  db: PrismaClient,
  opts: { kind?: UnitKind; name?: string; regionCode?: string; superiorId?: string | null; withLogin?: boolean; mobile?: string } = {},
) {
  await seedRegions(db);
  const uscc = randomUscc(opts.regionCode ?? "520100");
  return db.unit.create({
    data: {
      name: opts.name ?? `测试单位${uscc.slice(8, 17)}`,
      uscc,
      kind: opts.kind ?? "ENTERPRISE",
      regionCode: opts.regionCode ?? "520100",
      superiorId: opts.superiorId ?? null,
      status: "ACTIVE",
      loginAccount: opts.withLogin ? uscc : null,
      passwordHash: opts.withLogin ? await demoPasswordHash() : null,
      contactName: "联系人",
      contactMobile: opts.mobile ?? "13800000000",
    },
  });
}

export async function createPerson(
  db: PrismaClient,
  opts: { name?: string; unitId?: string | null; roles?: Role[]; passwordHash?: string; mustChangePassword?: boolean; idNumber?: string } = {},
) {
  const idNumber = opts.idNumber ?? randomIdNumber();
  const user = await db.user.create({
    data: {
      idNumber,
      name: opts.name ?? `测试人员${idNumber.slice(-4)}`,
      mobile: "13900000000",
      passwordHash: opts.passwordHash ?? (await demoPasswordHash()),
      mustChangePassword: opts.mustChangePassword ?? false,
      unitId: opts.unitId ?? null,
      realPersonVerified: true,
    },
  });
  for (const role of opts.roles ?? []) {
    if (!opts.unitId) throw new Error("a role needs a unit");
    await db.roleGrant.create({ data: { userId: user.id, unitId: opts.unitId, role } });
  }
  return user;
}
