import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { fileStorage, storedBytes } from "./file-storage";
import { storedFileName } from "./stored-file-name";

// A file kept between two steps of one person's work (校验, then 导入): its id is the reference the page holds —
// 256 random bits, so nobody reaches another's file by trying — and it answers only to the person and unit that
// stored it, for its purpose, until it expires. Expired files are swept whenever a new one is stored.

export type TemporaryFileRef = { id: string; purpose: string; ownerUserId: string; ownerUnitId: string; now?: Date };

const live = (ref: TemporaryFileRef) => ({
  id: ref.id,
  purpose: ref.purpose,
  ownerUserId: ref.ownerUserId,
  ownerUnitId: ref.ownerUnitId,
  expiresAt: { gt: ref.now ?? new Date() },
});

async function removeExpiredFiles(now: Date) {
  const gone = await db.$queryRaw<{ storageKey: string }[]>`DELETE FROM "StoredFile" WHERE "expiresAt" <= ${now} RETURNING "storageKey"`;
  await Promise.all(gone.map((f) => fileStorage().remove(f.storageKey)));
}

/**
 * Stores the bytes and returns the new file's id. `alongside` runs in the transaction that records the file (for
 * its audit row): when it fails, neither the record nor the bytes stay.
 */
export async function storeTemporaryFile(
  o: Omit<TemporaryFileRef, "id"> & { name: string; mime: string; bytes: Uint8Array; minutes: number },
  alongside: (tx: Tx, id: string) => Promise<void>,
): Promise<string> {
  const now = o.now ?? new Date();
  await removeExpiredFiles(now);
  const id = randomBytes(32).toString("base64url");
  const storageKey = `temporary/${randomUUID()}`;
  await fileStorage().put(storageKey, o.bytes);
  try {
    await db.$transaction(async (tx) => {
      await tx.storedFile.create({
        data: {
          id,
          storageKey,
          originalName: storedFileName(o.name),
          mime: o.mime,
          size: o.bytes.byteLength,
          purpose: o.purpose,
          ownerUserId: o.ownerUserId,
          ownerUnitId: o.ownerUnitId,
          expiresAt: new Date(now.getTime() + o.minutes * 60_000),
        },
      });
      await alongside(tx, id);
    });
  } catch (error) {
    await fileStorage().remove(storageKey);
    throw error;
  }
  return id;
}

/** The file (its bytes, and its key for removing them later), or null when the reference is not the owner's, not for this purpose, or expired. */
export async function readTemporaryFile(ref: TemporaryFileRef): Promise<{ bytes: Buffer; storageKey: string } | null> {
  const file = await db.storedFile.findFirst({ where: live(ref), select: { storageKey: true } });
  return file ? { bytes: await storedBytes(file.storageKey), storageKey: file.storageKey } : null;
}

/**
 * Takes the file out of the records in the caller's transaction, so of two uses at once exactly one gets it; false
 * when it is not there (any more). Its bytes are the caller's to remove once that transaction has committed.
 */
export async function claimTemporaryFile(tx: Tx, ref: TemporaryFileRef): Promise<boolean> {
  const taken = await tx.$executeRaw`
    DELETE FROM "StoredFile"
     WHERE id = ${ref.id} AND purpose = ${ref.purpose} AND "ownerUserId" = ${ref.ownerUserId} AND "ownerUnitId" = ${ref.ownerUnitId}
       AND "expiresAt" > ${ref.now ?? new Date()}`;
  return taken === 1;
}
