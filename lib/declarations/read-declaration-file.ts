import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { servedFile } from "@/lib/storage/file-response";
import { readableDeclarationSql } from "@/lib/review/readable";

/** A declaration file for its owner, or for a reviewer who may read a declaration that refers to it. */
export async function readDeclarationFile(opts: { actor: Actor; fileId: string }) {
  const owner = opts.actor.kind === "person" ? opts.actor.userId : null;
  const [file] = await db.$queryRaw<{ storageKey: string; mime: string; name: string }[]>`
    SELECT f."storageKey", f.mime, f."originalName" AS name
      FROM "StoredFile" f
     WHERE f.id = ${opts.fileId} AND f.purpose LIKE 'declaration-%'
       AND (f."ownerUserId" = ${owner}
            OR EXISTS (SELECT 1 FROM "DeclarationFile" l JOIN "Declaration" d ON d.id = l."declarationId"
                        WHERE l."fileId" = f.id AND ${readableDeclarationSql(opts.actor)}))`;
  if (!file) throw notFound("文件不存在或您无权查看");
  return servedFile(file);
}
