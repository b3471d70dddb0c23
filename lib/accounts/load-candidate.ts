import "server-only";
import type { Tx } from "@/lib/db/client";
import { hasDeclarationInProgress } from "@/lib/declarations/in-progress";
import { notFound } from "@/lib/errors";

/** Everything the separation-of-duties rules need to know about the person a role is to be given to. */
export async function loadCandidate(tx: Tx, where: { id: string } | { idNumber: string }) {
  const user = await tx.user.findUnique({ where, include: { grants: true } });
  if (!user) throw notFound("id" in where ? "账号不存在" : "该身份证号尚未注册个人账号，请本人先完成个人注册");
  return {
    user,
    candidate: {
      unitId: user.unitId,
      status: user.status,
      roles: user.grants.map((g) => g.role),
      declarationInProgress: await hasDeclarationInProgress(tx, user.id),
    },
  };
}
