"use server";

import { fileOf } from "@/lib/storage/form-file";
import { formDataObject, isFormData, NOT_FORM_DATA, runAction } from "@/lib/action";
import { registerUnit } from "@/lib/units/register-unit";
import { registerUnitSchema } from "@/lib/units/schemas";
import { clientIp } from "@/lib/request-ip";


export async function registerUnitAction(formData: FormData) {
  if (!isFormData(formData)) return NOT_FORM_DATA;
  const ip = await clientIp();
  const files = { usccFile: await fileOf(formData, "usccFile"), authLetterFile: await fileOf(formData, "authLetterFile") };
  const legalRepConfirmed = formData.get("legalRepConfirmed") === "true";
  return runAction(registerUnitSchema, formDataObject(formData), (input) => registerUnit({ input, files, legalRepConfirmed, ip }));
}
