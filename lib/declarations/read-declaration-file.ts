import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import { mayReadDeclaration } from "./reviewer-scope";

/** A declaration file for its owner, or for a reviewer in scope of a declaration that refers to it. */
export async function readDeclarationFile(opts: { actor: Actor; fileId: string }) {
  const file = await db.storedFile.findUnique({ where: { id: opts.fileId } });
  if (!file || !file.purpose.startsWith("declaration-")) throw notFound("文件不存在或您无权查看");
  let allowed = opts.actor.kind === "person" && file.ownerUserId === opts.actor.userId;
  if (!allowed) {
    const links = await db.declarationFile.findMany({ where: { fileId: file.id }, include: { declaration: { select: { applicantId: true, unitId: true } } } });
    for (const link of links) if (await mayReadDeclaration(db, opts.actor, link.declaration)) allowed = true;
  }
  if (!allowed) throw notFound("文件不存在或您无权查看");
  return { bytes: await fileStorage().get(file.storageKey), mime: file.mime, name: file.originalName };
}
