// The bare floor's copy of lib/certificates/lookup-certificates.ts's statement: confirmed certificates matching each
// criterion given, each find counted, in one statement.
export function lookupQuery(b: Record<string, string | undefined>) {
  const values: string[] = [];
  const where = (["name", "idNumber", "number"] as const)
    .filter((k) => b[k])
    .map((k) => {
      values.push(k === "idNumber" ? b[k]!.toUpperCase() : b[k]!);
      return `"${k}" = $${values.length}`;
    });
  const text = `
    WITH found AS (
      SELECT id, number, name, "idNumber", gender, "titleName", level, series, specialty, committee, "approvalNo", "obtainedOn", issuer
        FROM "Certificate"
       WHERE status = 'CONFIRMED' AND ${where.join(" AND ")}
       ORDER BY "obtainedOn" DESC LIMIT 20
    ), counted AS (
      INSERT INTO "CertificateLookup" ("certificateId", at) SELECT id, now() FROM found
    )
    SELECT * FROM found ORDER BY "obtainedOn" DESC`;
  return { text, values };
}
