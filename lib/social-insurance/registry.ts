import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Contribution } from "./compare-work-history";

// The province's 社保 contribution records behind an interface; the default reads the seeded SocialInsuranceRecord
// table (as the market-supervision registry adapter reads RegistryRecord). At most 600 periods a person: 50 years.

export interface SocialInsuranceRegistry {
  contributions(idNumber: string): Promise<Contribution[]>;
}

const tableRegistry: SocialInsuranceRegistry = {
  async contributions(idNumber) {
    const rows = await db.socialInsuranceRecord.findMany({ where: { idNumber }, orderBy: { fromMonth: "asc" }, take: 600 });
    return rows.map((r) => ({ employer: r.employerName, from: r.fromMonth, to: r.toMonth }));
  },
};

export function socialInsuranceRegistry(): SocialInsuranceRegistry {
  switch (env().SOCIAL_INSURANCE_ADAPTER) {
    case "table":
      return tableRegistry;
  }
}
