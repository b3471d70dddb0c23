import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { DeclarationForm } from "./schemas";

/** The applicant's own declaration with its form, for 编辑 and 补充申报材料. */
export async function getMyDeclaration(opts: { applicantId: string; id: string }) {
  const d = await db.declaration.findUnique({ where: { id: opts.id }, include: { round: { include: { series: true } } } });
  if (!d || d.applicantId !== opts.applicantId) throw notFound("申报不存在或您无权查看");
  return { ...d, form: d.form as unknown as DeclarationForm };
}
