import { ATTACHMENT_SECTIONS, type DeclarationForm } from "./schemas";

// The parts of the form a qualification reviewer can send back for 补充申报材料; each part carries its attachments.

export const SUPPLEMENT_SECTIONS = { photo: "头像", ...ATTACHMENT_SECTIONS } as const;
export type SupplementSection = keyof typeof SUPPLEMENT_SECTIONS;

function partOf(form: DeclarationForm, section: SupplementSection): unknown {
  const own = section === "photo" ? form.photoFileId : form[section];
  const attachments = section === "photo" ? undefined : form.attachments[section];
  return { own, attachments: attachments ?? [] };
}

/** Canonical JSON (keys sorted) so that equal values compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The parts that differ between two forms. */
export function changedSections(before: DeclarationForm, after: DeclarationForm): SupplementSection[] {
  return (Object.keys(SUPPLEMENT_SECTIONS) as SupplementSection[]).filter((s) => canonical(partOf(before, s)) !== canonical(partOf(after, s)));
}

/** Why a supplement may not be saved: it changes parts the reviewer did not ask for (null when it may). */
export function supplementRefusal(allowed: string[], before: DeclarationForm, after: DeclarationForm): string | null {
  const outside = changedSections(before, after).filter((s) => !allowed.includes(s));
  if (outside.length === 0) return null;
  return `只能修改要求补充的部分，「${outside.map((s) => SUPPLEMENT_SECTIONS[s]).join("」「")}」未被要求补充，不能修改`;
}
