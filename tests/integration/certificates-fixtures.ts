import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { writeXlsx } from "@/lib/export/xlsx";
import { CERTIFICATE_COLUMNS } from "@/lib/certificates/schemas";
import type { PersonActor } from "@/lib/auth/permissions";
import { checkCertificateImport } from "@/lib/certificates/check-certificate-import";
import { keepCertificateImport } from "@/lib/certificates/keep-certificate-import";
import { actorOf, IP } from "./declarations-fixtures";
import { certificateRow } from "../support/certificate-rows";

// A self-evaluating unit with its handler, the province bureau's 专技处 and a prefix of 证书编号 of each test's own.

export async function certificateWorld() {
  const unit = await createUnit(db, { kind: "PUBLIC_INSTITUTION", regionCode: "520100" });
  await db.unit.update({ where: { id: unit.id }, data: { selfEvaluating: true } });
  const province = await createUnit(db, { kind: "HR_BUREAU", regionCode: "520000" });
  const handler = await actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"], name: "证书经办" })).id);
  const confirmer = await actorOf((await createPerson(db, { unitId: province.id, roles: ["UNIT_HANDLER"], name: "专技处经办" })).id);
  const prefix = `T${randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase()}`;
  return { unit, province, handler, confirmer, prefix };
}
export type CertificateWorld = Awaited<ReturnType<typeof certificateWorld>>;

export function workbook(rows: Record<string, string>[], header = CERTIFICATE_COLUMNS.map((c) => c.label)) {
  return writeXlsx<Record<string, string>>({
    sheetName: "证书信息",
    columns: header.map((label) => {
      const key = CERTIFICATE_COLUMNS.find((c) => c.label === label)?.key ?? label;
      return { header: label, value: (r) => r[key] ?? null };
    }),
    rows,
  });
}

/** 校验 of a workbook by a handler; the report names the kept workbook when some rows passed. */
export const checkImport = (actor: PersonActor, file: Uint8Array, now?: Date) => checkCertificateImport({ actor, ip: IP, file: { name: "证书.xlsx", bytes: file }, now });

/** 导入正确的行 of the workbook a check kept. */
export const keepImport = (actor: PersonActor, upload: string, now?: Date) => keepCertificateImport({ actor, ip: IP, upload, now });

/** Checks and then imports rows for the world's handler; returns the import's report. */
export async function imported(w: CertificateWorld, rows: Record<string, string>[]) {
  const check = await checkImport(w.handler, await workbook(rows));
  return keepImport(w.handler, check.upload!);
}

export const rowOf = (w: CertificateWorld, i: number, over: Partial<Record<string, string>> = {}) => certificateRow(w.prefix, i, over);
