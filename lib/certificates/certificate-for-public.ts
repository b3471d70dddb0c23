import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { ServedFile } from "@/lib/storage/file-response";
import { storedPhoto } from "./read-certificate-photo";
import { downloadable, NOT_DOWNLOADABLE_REASON, PUBLIC } from "./rules";
import { downloadTokenValid, verificationCode, verificationMatches } from "./signing";
import { certificatePdf } from "./certificate-pdf";
import { publicCertificate } from "./public-certificate";

/** The electronic certificate of a confirmed certificate from 2020 on, for whoever holds a valid download token. */
export async function downloadCertificatePdf(o: { id: string; token: string; origin: string; now?: Date }) {
  if (!downloadTokenValid(o.id, o.token, o.now)) throw notFound("下载链接无效或已过期，请重新查询后下载");
  const c = await db.certificate.findFirst({ where: { id: o.id, status: PUBLIC } });
  if (!c) throw notFound("证书不存在");
  if (!downloadable(c.obtainedOn)) throw notFound(NOT_DOWNLOADABLE_REASON);
  const code = verificationCode(c);
  const verifyUrl = `${o.origin}/query/verify/${c.id}?code=${encodeURIComponent(code)}`;
  const bytes = await certificatePdf({ certificate: c, photo: (await storedPhoto(c.photoFileId))?.bytes ?? null, verificationCode: code, verifyUrl });
  return { bytes, filename: `电子证书-${c.number}.pdf` };
}

/** A confirmed certificate whose record signs to the code; null for anything else (unconfirmed, altered, made up). */
async function confirmedMatching(o: { id: string; code: string }) {
  const c = await db.certificate.findFirst({ where: { id: o.id, status: PUBLIC } });
  return c && verificationMatches(c, o.code) ? c : null;
}

/** 验证: the record as stored when the code is the one the record signs to; otherwise why it is not. */
export async function verifyCertificate(o: { id: string; code: string }) {
  const c = await confirmedMatching(o);
  if (!c) return { valid: false as const };
  return { valid: true as const, certificate: publicCertificate(c), code: verificationCode(c), hasPhoto: c.photoFileId !== null };
}

/**
 * The photo the 验证 page shows: only of a confirmed certificate, only for the code its record signs to. The code
 * covers the photo's id too, so it opens exactly the photo the certificate was confirmed with.
 */
export async function verifiedCertificatePhoto(o: { id: string; code: string }): Promise<ServedFile> {
  const c = await confirmedMatching(o);
  const photo = c ? await storedPhoto(c.photoFileId) : null;
  if (!photo) throw notFound("照片不存在");
  return photo;
}
