import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitIdsInScope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { servedFile } from "@/lib/storage/file-response";
import { UNIT_FILE_PURPOSES } from "./unit-upload";

/** A registration file, for the bureau reviewing the unit and for those who maintain the unit's info. */
export async function readUnitFile(opts: { actor: PersonActor; fileId: string }) {
  const [reviewed, maintained] = await Promise.all([
    unitIdsInScope(db, opts.actor, "unit.registrationReview"),
    unitIdsInScope(db, opts.actor, "unit.info"),
  ]);
  const file = await db.storedFile.findFirst({
    where: { id: opts.fileId, purpose: { in: Object.values(UNIT_FILE_PURPOSES) }, ownerUnitId: { in: [...reviewed, ...maintained] } },
  });
  if (!file) throw notFound();
  return servedFile({ storageKey: file.storageKey, mime: file.mime, name: file.originalName });
}
