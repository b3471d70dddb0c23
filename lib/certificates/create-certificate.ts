import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { issueCertificate } from "./issue-certificate";
import type { CertificateValues } from "./schemas";
import { unitForEntry } from "./unit-for-entry";

/** 证书补录 → 新增: one certificate entered by the unit's handler. */
export async function createCertificate(o: { actor: PersonActor; ip: string; values: CertificateValues }) {
  const unitId = unitForEntry(o.actor);
  const created = await db.$transaction((tx) => issueCertificate({ client: tx, actor: o.actor, ip: o.ip, unitId, values: o.values, source: "ENTRY" }));
  if (!created) throw new AppError("CONFLICT", "该证书编号已存在，请核对后重新填写", "number");
  return created;
}
