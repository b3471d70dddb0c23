import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { hotQuery } from "@/lib/db/hot-query";
import type { AccountStatus, RegionLevel, Role, UnitKind } from "@/lib/db/generated/enums";
import type { PersonActor } from "./permissions";

type Row = {
  id: string;
  name: string;
  unitId: string | null;
  status: AccountStatus;
  sessionVersion: number;
  mustChangePassword: boolean;
  role: Role | null;
  grantUnitId: string | null;
  unitKind: UnitKind | null;
  regionCode: string | null;
  regionLevel: RegionLevel | null;
  selfEvaluating: boolean | null;
  sessionOpen: boolean;
};

export type PersonAccount = { actor: PersonActor; status: AccountStatus; sessionVersion: number; mustChangePassword: boolean; sessionOpen: boolean };

/**
 * The account with its grants and where each grant's unit sits, and whether the named sign-in session of this account
 * is still open (退出登录 ends it), in one statement: this runs on every request.
 */
export async function loadPersonAccount(client: Db | Tx, userId: string, sessionId?: string): Promise<PersonAccount | null> {
  const rows = await hotQuery<Row>(
    client,
    Prisma.sql`
    SELECT u.id, u.name, u."unitId", u.status::text AS status, u."sessionVersion", u."mustChangePassword",
           g.role::text AS role, g."unitId" AS "grantUnitId", un.kind::text AS "unitKind",
           un."regionCode", r.level::text AS "regionLevel", un."selfEvaluating",
           EXISTS (SELECT 1 FROM "AuthSession" s WHERE s.id = ${sessionId ?? ""} AND s."userId" = u.id AND s."endedAt" IS NULL) AS "sessionOpen"
      FROM "User" u
      LEFT JOIN "RoleGrant" g ON g."userId" = u.id
      LEFT JOIN "Unit" un ON un.id = g."unitId"
      LEFT JOIN "Region" r ON r.code = un."regionCode"
     WHERE u.id = ${userId}`,
  );
  const first = rows[0];
  if (!first) return null;
  return {
    status: first.status,
    sessionVersion: first.sessionVersion,
    mustChangePassword: first.mustChangePassword,
    sessionOpen: first.sessionOpen,
    actor: {
      kind: "person",
      userId: first.id,
      name: first.name,
      unitId: first.unitId,
      grants: rows
        .filter((r) => r.role && r.grantUnitId)
        .map((r) => ({ role: r.role!, unitId: r.grantUnitId!, unitKind: r.unitKind!, regionCode: r.regionCode!, regionLevel: r.regionLevel!,
          selfEvaluating: r.selfEvaluating === true,
        })),
    },
  };
}

export async function loadPersonActor(client: Db | Tx, userId: string): Promise<PersonActor | null> {
  return (await loadPersonAccount(client, userId))?.actor ?? null;
}
