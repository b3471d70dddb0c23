import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { servedFile } from "@/lib/storage/file-response";
import { filingScope } from "./list-filings";

/** A filing's document, for those who reach the filing: its unit, the department reviewing it, the province bureau. */
export async function readFilingFile(opts: { actor: PersonActor; fileId: string }) {
  const filing = await db.evaluationFiling.findFirst({ where: { AND: [{ documentFileIds: { has: opts.fileId } }, filingScope(opts.actor)] }, select: { id: true } });
  const file = filing ? await db.storedFile.findFirst({ where: { id: opts.fileId, purpose: "evaluation-filing" } }) : null;
  if (!file) throw notFound("文件不存在或您无权查看");
  return servedFile({ storageKey: file.storageKey, mime: file.mime, name: file.originalName });
}
