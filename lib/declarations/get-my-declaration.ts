import "server-only";
import { db } from "@/lib/db/client";
import { notFound as notFoundPage } from "next/navigation";
import { AppError, notFound } from "@/lib/errors";
import type { DeclarationForm } from "./schemas";

/** The applicant's own declaration with its form, for 编辑 and 补充申报材料. */
export async function getMyDeclaration(opts: { applicantId: string; id: string }) {
  const d = await db.declaration.findFirst({ where: { id: opts.id, applicantId: opts.applicantId }, include: { round: { include: { series: true } } } });
  if (!d) throw notFound("申报不存在或您无权查看");
  return { ...d, form: d.form as unknown as DeclarationForm };
}

/** For pages: the applicant's own declaration, or the 404 page. */
export async function getMyDeclarationOr404(opts: { applicantId: string; id: string }) {
  return getMyDeclaration(opts).catch((e) => {
    if (e instanceof AppError) notFoundPage();
    throw e;
  });
}
