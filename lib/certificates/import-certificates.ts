import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { insertCertificates } from "./issue-certificate";
import { checkRows, type BadRow, type GoodRow } from "./import-rows";
import { readCertificateWorkbook } from "./read-certificate-workbook";

// The two halves of 证书补录 → 导入 that both steps share: reading and checking a workbook (校验, and again at 导入,
// since the database may have changed in between), and writing the rows that passed.

export type ImportProgress = { stage: "read" | "check" | "save"; done: number; total?: number };
/** `upload` is the reference 导入 names the checked workbook by (only when some rows passed). */
export type ImportReport = { mode: "check" | "keep"; total: number; kept: number; bad: BadRow[]; upload?: string };
export type CheckedWorkbook = { total: number; fresh: GoodRow[]; bad: BadRow[] };
/** What both steps are called with besides their workbook. */
export type ImportStep = { actor: PersonActor; ip: string; onProgress?: (p: ImportProgress) => void; now?: Date };

const byRow = (a: BadRow, b: BadRow) => a.rowNumber - b.rowNumber;
const takenReason = (g: GoodRow) => ({ rowNumber: g.rowNumber, reason: `证书编号${g.values.number}已存在于系统中` });

/** Every row checked against the template, the other rows and the certificates already stored; nothing is written. */
export async function checkWorkbook(file: Uint8Array, onProgress?: (p: ImportProgress) => void): Promise<CheckedWorkbook> {
  const raw = await readCertificateWorkbook(file, (done) => onProgress?.({ stage: "read", done }));
  onProgress?.({ stage: "check", done: 0, total: raw.length });
  const { good, bad } = checkRows(raw);
  const taken = new Set<string>();
  const numbers = good.map((g) => g.values.number);
  for (let i = 0; i < numbers.length; i += 10_000) {
    const rows = await db.$queryRaw<{ number: string }[]>`SELECT number FROM "Certificate" WHERE number = ANY(${numbers.slice(i, i + 10_000)}::text[])`;
    for (const r of rows) taken.add(r.number);
  }
  for (const g of good) if (taken.has(g.values.number)) bad.push(takenReason(g));
  return { total: raw.length, fresh: good.filter((g) => !taken.has(g.values.number)), bad: bad.sort(byRow) };
}

/**
 * Writes the rows that passed in one transaction (all of them or, if the server stops midway, none), after `first`
 * has run in it (which may refuse the whole import). A 证书编号 taken meanwhile by another import is reported on its
 * row, never written twice.
 */
export async function writeCheckedRows(o: {
  actor: PersonActor;
  ip: string;
  unitId: string;
  checked: CheckedWorkbook;
  first: (tx: Tx) => Promise<void>;
  onProgress?: (p: ImportProgress) => void;
}): Promise<ImportReport> {
  const { total, fresh, bad } = o.checked;
  o.onProgress?.({ stage: "save", done: 0, total: fresh.length });
  const written = await db.$transaction(
    async (tx) => {
      await o.first(tx);
      const written = await insertCertificates({ tx, unitId: o.unitId, createdById: o.actor.userId, source: "ENTRY", rows: fresh.map((g) => g.values) });
      await recordAudit(tx, {
        actor: o.actor,
        ip: o.ip,
        action: "证书导入",
        entityType: "Unit",
        entityId: o.unitId,
        detail: { rows: total, kept: written.size, rejected: total - written.size },
      });
      return written;
    },
    { timeout: 120_000 },
  );
  const lost = fresh.filter((g) => !written.has(g.values.number)).map(takenReason);
  return { mode: "keep", total, kept: written.size, bad: [...bad, ...lost].sort(byRow) };
}
