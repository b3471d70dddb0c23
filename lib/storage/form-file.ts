import type { UploadedFile } from "./check-upload";

/** The file a form sent under `name`, or null when none was chosen. */
export async function fileOf(formData: FormData, name: string): Promise<UploadedFile | null> {
  const file = formData.get(name);
  if (!(file instanceof File) || file.size === 0) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
