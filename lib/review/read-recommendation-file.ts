import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitsInScopeSql } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { servedFile } from "@/lib/storage/file-response";
import { readableDeclarationSql } from "./readable";

/** 《诚信承诺书》 and 《公示情况说明》 of a recommendation: for its unit, and for reviewers who can read one of its declarations. */
export async function readRecommendationFile(opts: { actor: PersonActor; fileId: string }) {
  const [file] = await db.$queryRaw<{ storageKey: string; mime: string; name: string }[]>`
    SELECT f."storageKey", f.mime, f."originalName" AS name
      FROM "StoredFile" f JOIN "Recommendation" r ON f.id IN (r."integrityFileId", r."publicityNoteFileId")
     WHERE f.id = ${opts.fileId}
       AND (r."unitId" IN (${unitsInScopeSql(opts.actor, "recommendation.submit")})
            OR EXISTS (SELECT 1 FROM "Declaration" d WHERE d."recommendationId" = r.id AND ${readableDeclarationSql(opts.actor)}))
     LIMIT 1`;
  if (!file) throw notFound("文件不存在或您无权查看");
  return servedFile(file);
}
