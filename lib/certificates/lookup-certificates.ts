import "server-only";
import { pool } from "@/lib/db/pools";
import { consumeLookup } from "./lookup-rate-limit";
import { lookupStatement } from "./lookup-statement";
import { publicCertificate, type CertificateFields, type PublicCertificate } from "./public-certificate";
import type { LookupInput } from "./rules";
import { downloadToken } from "./signing";

/**
 * 证书查询: confirmed certificates matching every criterion given (at least two of 姓名, 证件号码, 证书编号, checked
 * by the schema), ID masked, with a short-lived download token for electronic ones. Two statements through plain
 * `pg` (the per-IP counter, then the lookup with its count): this is the public hot path (see the lookup bench).
 */
export async function lookupCertificates(o: { ip: string; criteria: Required<LookupInput>; now?: Date }): Promise<(PublicCertificate & { downloadToken?: string })[]> {
  await consumeLookup(o.ip);
  const { rows } = await pool("counters").query<CertificateFields>(lookupStatement(o.criteria));
  return rows.map((c) => {
    const shown = publicCertificate(c);
    return shown.downloadable ? { ...shown, downloadToken: downloadToken(c.id, o.now) } : shown;
  });
}
