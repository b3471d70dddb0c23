import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";

/** 个人资料: the signed-in person's own account, unit and latest binding request. */
export function getMyProfile(actor: PersonActor) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    include: { unit: true, bindingRequests: { orderBy: { createdAt: "desc" }, take: 1, include: { unit: true } } },
  });
}
