import { PUBLIC, type LookupInput } from "./rules";

// 证书查询's one statement: confirmed certificates matching every criterion given, each find counted (when, never by
// whom) in the same statement. Plain SQL text for `pg`, shared with the lookup bench's bare floor.

const COLUMNS: Record<keyof LookupInput, string> = { name: "name", idNumber: '"idNumber"', number: "number" };

export function lookupStatement(criteria: Required<LookupInput>) {
  const values: string[] = [];
  const given = (Object.keys(COLUMNS) as (keyof LookupInput)[]).filter((k) => criteria[k]);
  const where = given.map((k) => {
    values.push(criteria[k]);
    return `${COLUMNS[k]} = $${values.length}`;
  });
  const text = `
    WITH found AS (
      SELECT id, number, name, "idNumber", gender, "titleName", level, series, specialty, committee, "approvalNo", "obtainedOn", issuer
        FROM "Certificate"
       WHERE status = '${PUBLIC}' AND ${where.join(" AND ")}
       ORDER BY "obtainedOn" DESC
       LIMIT 20
    ), counted AS (
      INSERT INTO "CertificateLookup" ("certificateId", at) SELECT id, now() AT TIME ZONE 'UTC' FROM found
    )
    SELECT * FROM found ORDER BY "obtainedOn" DESC`;
  // Named: each connection parses and plans each of the few shapes (which criteria are given) once, not per lookup.
  return { name: `certificate-lookup-${given.join("-")}`, text, values };
}
