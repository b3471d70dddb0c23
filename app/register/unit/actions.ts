"use server";

import { formDataObject, isFormData, NOT_FORM_DATA, runAction } from "@/lib/action";
import { registerUnit } from "@/lib/units/register-unit";
import { registerUnitSchema } from "@/lib/units/schemas";
import type { UploadedFile } from "@/lib/units/unit-upload";
import { clientIp } from "@/lib/request-ip";

async function fileOf(formData: FormData, name: string): Promise<UploadedFile | null> {
  const file = formData.get(name);
  if (!(file instanceof File) || file.size === 0) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export async function registerUnitAction(formData: FormData) {
  if (!isFormData(formData)) return NOT_FORM_DATA;
  const ip = await clientIp();
  const files = { usccFile: await fileOf(formData, "usccFile"), authLetterFile: await fileOf(formData, "authLetterFile") };
  const legalRepConfirmed = formData.get("legalRepConfirmed") === "true";
  return runAction(registerUnitSchema, formDataObject(formData), (input) => registerUnit({ input, files, legalRepConfirmed, ip }));
}
