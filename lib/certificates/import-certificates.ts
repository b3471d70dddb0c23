import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { insertCertificates } from "./issue-certificate";
import { checkRows, type BadRow } from "./import-rows";
import { readCertificateWorkbook } from "./read-certificate-workbook";
import { unitForEntry } from "./unit-for-entry";

export type ImportProgress = { stage: "read" | "check" | "save"; done: number; total?: number };
export type ImportReport = { mode: "check" | "keep"; total: number; kept: number; bad: BadRow[] };

const byRow = (a: BadRow, b: BadRow) => a.rowNumber - b.rowNumber;

/**
 * 证书补录 → 导入. "check" reads and checks every row and saves nothing; "keep" does the same and then writes the
 * good rows in one transaction (all of them or, if the server stops midway, none). A 证书编号 taken meanwhile by
 * another import is reported on its row, never written twice.
 */
export async function importCertificates(o: {
  actor: PersonActor;
  ip: string;
  file: Uint8Array;
  mode: "check" | "keep";
  onProgress?: (p: ImportProgress) => void;
}): Promise<ImportReport> {
  const unitId = unitForEntry(o.actor);
  const raw = await readCertificateWorkbook(o.file, (done) => o.onProgress?.({ stage: "read", done }));
  o.onProgress?.({ stage: "check", done: 0, total: raw.length });
  const { good, bad } = checkRows(raw);
  const taken = new Set<string>();
  const numbers = good.map((g) => g.values.number);
  for (let i = 0; i < numbers.length; i += 10_000) {
    const rows = await db.$queryRaw<{ number: string }[]>`SELECT number FROM "Certificate" WHERE number = ANY(${numbers.slice(i, i + 10_000)}::text[])`;
    for (const r of rows) taken.add(r.number);
  }
  const fresh = good.filter((g) => !taken.has(g.values.number));
  for (const g of good) if (taken.has(g.values.number)) bad.push({ rowNumber: g.rowNumber, reason: `证书编号${g.values.number}已存在于系统中` });
  if (o.mode === "check") return { mode: "check", total: raw.length, kept: 0, bad: bad.sort(byRow) };

  o.onProgress?.({ stage: "save", done: 0, total: fresh.length });
  const written = await db.$transaction(
    async (tx) => {
      const written = await insertCertificates({ tx, unitId, createdById: o.actor.userId, source: "ENTRY", rows: fresh.map((g) => g.values) });
      await recordAudit(tx, {
        actor: o.actor,
        ip: o.ip,
        action: "证书导入",
        entityType: "Unit",
        entityId: unitId,
        detail: { rows: raw.length, kept: written.size, rejected: raw.length - written.size },
      });
      return written;
    },
    { timeout: 120_000 },
  );
  for (const g of fresh) if (!written.has(g.values.number)) bad.push({ rowNumber: g.rowNumber, reason: `证书编号${g.values.number}已存在于系统中` });
  return { mode: "keep", total: raw.length, kept: written.size, bad: bad.sort(byRow) };
}
