import { fileTypeFromBuffer } from "file-type";
import { invalid } from "@/lib/errors";

export type UploadedFile = { name: string; bytes: Uint8Array };
export type CheckedUpload = UploadedFile & { mime: string };

const TYPE_NAMES: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG" };

/** An uploaded document judged by its bytes, never by its name; the refusal names the field's label. */
export async function checkUpload(o: { field: string; label: string; file: UploadedFile | null; maxBytes: number; accepted: string[] }): Promise<CheckedUpload> {
  if (!o.file || o.file.bytes.byteLength === 0) throw invalid(`请上传${o.label}`, o.field);
  if (o.file.bytes.byteLength > o.maxBytes) throw invalid(`${o.label}文件过大，不能超过${o.maxBytes / 1024 / 1024}MB`, o.field);
  const type = await fileTypeFromBuffer(o.file.bytes);
  if (!type || !o.accepted.includes(type.mime)) {
    const names = o.accepted.map((m) => TYPE_NAMES[m] ?? m);
    const listed = names.length > 1 ? `${names.slice(0, -1).join("、")}或${names.at(-1)}` : names[0];
    throw invalid(`${o.label}须为${listed}文件（按文件内容识别）`, o.field);
  }
  return { ...o.file, mime: type.mime };
}

/** The named file of a submitted form, or null when none was chosen. */
export async function uploadedFileOf(formData: FormData, name: string): Promise<UploadedFile | null> {
  const file = formData.get(name);
  if (!(file instanceof File) || file.size === 0) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
