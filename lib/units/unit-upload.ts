import "server-only";
import { randomUUID } from "node:crypto";
import { checkUpload, type UploadedFile } from "@/lib/storage/check-upload";
import { fileStorage } from "@/lib/storage/file-storage";

export const UNIT_FILE_PURPOSES = { usccFile: "unit-uscc-certificate", authLetterFile: "unit-authorization-letter" } as const;
export type UnitFileField = keyof typeof UNIT_FILE_PURPOSES;

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPTED = ["application/pdf", "image/jpeg", "image/png"];
const LABELS: Record<UnitFileField, string> = { usccFile: "统一社会信用代码证书", authLetterFile: "授权书" };

export type { UploadedFile };
export type CheckedFile = UploadedFile & { field: UnitFileField; mime: string };

/** Judged by the bytes, never by the name: PDF, JPG or PNG, at most 5MB. */
export async function checkUnitFile(field: UnitFileField, file: UploadedFile | null): Promise<CheckedFile> {
  return { ...(await checkUpload({ field, label: LABELS[field], file, maxBytes: MAX_BYTES, accepted: ACCEPTED })), field };
}

/** Puts the bytes in storage; the caller records the StoredFile row in its transaction and removes the bytes if it fails. */
export async function putUnitFile(file: CheckedFile) {
  const storageKey = `units/${randomUUID()}`;
  await fileStorage().put(storageKey, file.bytes);
  return storageKey;
}
