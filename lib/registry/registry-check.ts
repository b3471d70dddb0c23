import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

// Market-supervision registry behind an interface; the default reads the seeded RegistryRecord table.

export type RegistryEntry = { uscc: string; name: string; legalRepName: string };

export interface RegistryCheck {
  lookup(uscc: string): Promise<RegistryEntry | null>;
}

const tableRegistry: RegistryCheck = {
  lookup: (uscc) => db.registryRecord.findUnique({ where: { uscc } }),
};

export function registryCheck(): RegistryCheck {
  switch (env().REGISTRY_ADAPTER) {
    case "table":
      return tableRegistry;
  }
}

/** A registration matches when code, name and legal representative all agree with the registry. */
export function matchesRegistry(entry: RegistryEntry | null, claim: { uscc: string; name: string; legalRepName: string }) {
  return !!entry && entry.uscc === claim.uscc && entry.name === claim.name.trim() && entry.legalRepName === claim.legalRepName.trim();
}
