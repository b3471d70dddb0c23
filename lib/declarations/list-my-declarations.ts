import "server-only";
import { db } from "@/lib/db/client";
import type { DeclarationStatus } from "@/lib/db/generated/enums";

export function listMyDeclarations(opts: { applicantId: string; statuses?: readonly DeclarationStatus[] }) {
  return db.declaration.findMany({
    where: { applicantId: opts.applicantId, status: opts.statuses ? { in: [...opts.statuses] } : undefined },
    select: {
      id: true,
      status: true,
      version: true,
      level: true,
      titleName: true,
      supplementNote: true,
      supplementDeadline: true,
      submittedAt: true,
      updatedAt: true,
      round: { select: { name: true, windowStart: true, windowEnd: true } },
    },
    orderBy: { createdAt: "desc" },
  });
}
