import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CertificateSource } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CertificateValues } from "./schemas";

const COLUMNS = ["number", "name", "idNumber", "gender", "titleName", "level", "series", "specialty", "committee", "approvalNo", "obtainedOn", "issuer"] as const;

/**
 * Inserts certificates of one unit, in the caller's transaction; a 证书编号 that already exists is skipped (the
 * unique index decides, so of two concurrent imports of one number exactly one row is written). Returns the
 * numbers written. One statement per 2,000 rows keeps a 100,000-row import to a few dozen round trips.
 */
export async function insertCertificates(o: { tx: Tx; unitId: string; createdById: string | null; source: CertificateSource; rows: CertificateValues[] }) {
  const written = new Set<string>();
  for (let i = 0; i < o.rows.length; i += 2000) {
    const chunk = o.rows.slice(i, i + 2000);
    const arrays = COLUMNS.map((c) => chunk.map((r) => r[c]));
    const ids = chunk.map(() => randomUUID());
    const inserted = await o.tx.$queryRaw<{ number: string }[]>`
      INSERT INTO "Certificate" (id, number, name, "idNumber", gender, "titleName", level, series, specialty, committee, "approvalNo", "obtainedOn", issuer,
                                 "unitId", source, "createdById", "updatedAt")
      SELECT u.*, ${o.unitId}, ${o.source}::"CertificateSource", ${o.createdById}, now() AT TIME ZONE 'UTC'
        FROM unnest(${ids}::text[], ${Prisma.join(arrays.map((a) => Prisma.sql`${a}::text[]`))}) AS u
      ON CONFLICT (number) DO NOTHING
      RETURNING number`;
    for (const r of inserted) written.add(r.number);
  }
  return written;
}

/**
 * One certificate into a unit's 证书补录 list: entered by hand (补录) or, from the evaluation stage, for a
 * declaration that passed (评审). It then follows the same steps: photo, unit review, 提交, 专技处 confirmation.
 * Returns null when the 证书编号 is taken.
 */
export async function issueCertificate(o: { client: Tx; actor: Actor; ip: string | null; unitId: string; values: CertificateValues; source: CertificateSource }) {
  const createdById = o.actor.kind === "person" ? o.actor.userId : null;
  const written = await insertCertificates({ tx: o.client, unitId: o.unitId, createdById, source: o.source, rows: [o.values] });
  if (!written.has(o.values.number)) return null;
  const { id } = await o.client.certificate.findUniqueOrThrow({ where: { number: o.values.number }, select: { id: true } });
  await recordAudit(o.client, {
    actor: o.actor,
    ip: o.ip,
    action: o.source === "ENTRY" ? "证书补录" : "评审发证",
    entityType: "Certificate",
    entityId: id,
    detail: { number: o.values.number, unitId: o.unitId },
  });
  return { id };
}
