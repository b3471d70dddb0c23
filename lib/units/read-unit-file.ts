import "server-only";
import { db } from "@/lib/db/client";
import { unitTarget } from "@/lib/auth/authorize";
import { can, type PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import { UNIT_FILE_PURPOSES } from "./unit-upload";

/** A registration file, for the bureau reviewing the unit and for those who maintain the unit's info. */
export async function readUnitFile(opts: { actor: PersonActor; fileId: string }) {
  const file = await db.storedFile.findUnique({ where: { id: opts.fileId } });
  const purposes: string[] = Object.values(UNIT_FILE_PURPOSES);
  if (!file?.ownerUnitId || !purposes.includes(file.purpose)) throw notFound();
  const target = await unitTarget(db, file.ownerUnitId);
  if (!can(opts.actor, "unit.registrationReview", target) && !can(opts.actor, "unit.info", target)) throw notFound();
  return { file, bytes: await fileStorage().get(file.storageKey) };
}
