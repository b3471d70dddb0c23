import "server-only";
import { storedFileName } from "@/lib/storage/stored-file-name";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, invalid } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import { applyRefusal } from "./eligibility";

export const PHOTO_PURPOSE = "declaration-photo";
export const ATTACHMENT_PURPOSE = "declaration-attachment";

/** What each kind of upload accepts, judged from the bytes, never from the name. */
const RULES = {
  photo: { purpose: PHOTO_PURPOSE, mimes: ["image/jpeg", "image/png"], maxBytes: 2 * 1024 * 1024, label: "头像须为JPG或PNG图片，且不超过2MB" },
  attachment: {
    purpose: ATTACHMENT_PURPOSE,
    mimes: ["application/pdf", "image/jpeg", "image/png"],
    maxBytes: 10 * 1024 * 1024,
    label: "附件须为PDF、JPG或PNG文件，且不超过10MB",
  },
} as const;

/** A name that claims one type while the bytes are another is refused: reviewers open files by their names. */
const MIME_BY_EXTENSION: Record<string, string> = { pdf: "application/pdf", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png" };

export const uploadKindSchema = z.enum(["photo", "attachment"]);
export type UploadKind = z.infer<typeof uploadKindSchema>;

export async function uploadDeclarationFile(opts: { actor: PersonActor; ip: string; kind: UploadKind; name: string; bytes: Uint8Array }) {
  const refusal = applyRefusal(opts.actor);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  const rule = RULES[opts.kind];
  if (opts.bytes.byteLength === 0) throw invalid("文件为空，请重新选择", "file");
  if (opts.bytes.byteLength > rule.maxBytes) throw invalid(`文件过大：${rule.label}`, "file");
  const type = await fileTypeFromBuffer(opts.bytes);
  if (!type || !(rule.mimes as readonly string[]).includes(type.mime)) throw invalid(`文件类型不符：${rule.label}`, "file");
  const ext = /\.([A-Za-z0-9]+)$/.exec(opts.name)?.[1]?.toLowerCase();
  if (!ext || MIME_BY_EXTENSION[ext] !== type.mime) throw invalid(`文件内容与扩展名不符（实际为${type.ext.toUpperCase()}文件），请检查后重新上传`, "file");
  const storageKey = `declarations/${opts.actor.userId}/${randomUUID()}`;
  await fileStorage().put(storageKey, opts.bytes);
  try {
    return await db.$transaction(async (tx) => {
      const file = await tx.storedFile.create({
        data: {
          storageKey,
          originalName: storedFileName(opts.name),
          mime: type.mime,
          size: opts.bytes.byteLength,
          purpose: rule.purpose,
          ownerUserId: opts.actor.userId,
        },
      });
      await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "上传申报材料", entityType: "StoredFile", entityId: file.id, detail: { kind: opts.kind } });
      return { id: file.id, name: file.originalName, mime: file.mime };
    });
  } catch (e) {
    await fileStorage().remove(storageKey);
    throw e;
  }
}
