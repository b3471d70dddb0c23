import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { PersonActor } from "./permissions";

export async function loadPersonActor(client: Db | Tx, userId: string): Promise<PersonActor | null> {
  const user = await client.user.findUnique({
    where: { id: userId },
    include: { grants: { include: { unit: { include: { region: true } } } } },
  });
  if (!user) return null;
  return {
    kind: "person",
    userId: user.id,
    name: user.name,
    unitId: user.unitId,
    grants: user.grants.map((g) => ({
      role: g.role,
      unitId: g.unitId,
      unitKind: g.unit.kind,
      regionCode: g.unit.regionCode,
      regionLevel: g.unit.region.level,
    })),
  };
}
