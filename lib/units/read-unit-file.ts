import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitScope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { servedFile } from "@/lib/storage/file-response";

/** A registration file, for the bureau reviewing the unit and for those who maintain the unit's info. */
export async function readUnitFile(opts: { actor: PersonActor; fileId: string }) {
  const owner = await db.unit.findFirst({
    where: {
      OR: [{ usccFileId: opts.fileId }, { authLetterFileId: opts.fileId }],
      AND: [await unitScope(db, opts.actor, "unit.registrationReview", "unit.info")],
    },
    select: { id: true },
  });
  if (!owner) throw notFound();
  const file = await db.storedFile.findUniqueOrThrow({ where: { id: opts.fileId } });
  return servedFile({ storageKey: file.storageKey, mime: file.mime, name: file.originalName });
}
