import "server-only";
import { db } from "@/lib/db/client";
import { Prisma, type Certificate } from "@/lib/db/generated/client";
import { consumeLookup } from "./lookup-rate-limit";
import { publicCertificate, type PublicCertificate } from "./public-certificate";
import type { LookupInput } from "./rules";
import { downloadToken } from "./signing";

/**
 * 证书查询: confirmed certificates matching every criterion given (at least two of 姓名, 证件号码, 证书编号, checked
 * by the schema), with a short-lived download token for electronic ones. Each find is counted (when, not by whom)
 * in the same statement as the read.
 */
export async function lookupCertificates(o: { ip: string; criteria: Required<LookupInput>; now?: Date }): Promise<(PublicCertificate & { downloadToken?: string })[]> {
  await consumeLookup(o.ip);
  const { name, idNumber, number } = o.criteria;
  const conditions = [
    name ? Prisma.sql`name = ${name}` : null,
    idNumber ? Prisma.sql`"idNumber" = ${idNumber}` : null,
    number ? Prisma.sql`number = ${number}` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  const rows = await db.$queryRaw<Certificate[]>`
    WITH found AS (
      SELECT id, number, name, "idNumber", gender, "titleName", level, series, specialty, committee, "approvalNo", "obtainedOn", issuer
        FROM "Certificate"
       WHERE status = 'CONFIRMED' AND ${Prisma.join(conditions, " AND ")}
       ORDER BY "obtainedOn" DESC
       LIMIT 20
    ), counted AS (
      INSERT INTO "CertificateLookup" ("certificateId", at) SELECT id, now() FROM found
    )
    SELECT * FROM found ORDER BY "obtainedOn" DESC`;
  return rows.map((c) => {
    const shown = publicCertificate(c);
    return shown.downloadable ? { ...shown, downloadToken: downloadToken(c.id, o.now) } : shown;
  });
}
