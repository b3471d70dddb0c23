import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitsInScopeSql } from "@/lib/auth/scope";
import { auditColumns } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors";
import type { CertificatePhotoStatus } from "@/lib/db/generated/enums";
import { PHOTO_STATUS_LABELS, PHOTO_UPLOADED, photoReviewed } from "./rules";

/**
 * The unit's review of an uploaded photo: 审核通过, or 退回 with a reason the professional sees (the certificate
 * goes back to 补录中 for a new photo). Guarded by status and version in the statement: of two reviewers, one wins.
 */
export async function reviewCertificatePhoto(o: { actor: PersonActor; ip: string; id: string; version: number; approve: boolean; reason?: string }) {
  const { photoStatus, status } = photoReviewed(o.approve);
  const note = o.approve ? null : (o.reason ?? null);
  const audit = auditColumns({ actor: o.actor, ip: o.ip, action: o.approve ? "证书照片审核通过" : "证书照片退回", entityType: "Certificate", entityId: o.id, detail: { reason: note } });
  const scope = Prisma.sql`"unitId" IN (${unitsInScopeSql(o.actor, "certificate.entry")})`;
  const [{ done }] = await db.$queryRaw<{ done: number }[]>`
    WITH reviewed AS (
      UPDATE "Certificate"
         SET "photoStatus" = ${photoStatus}::"CertificatePhotoStatus", status = ${status}::"CertificateStatus", "photoNote" = ${note},
             version = version + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
       WHERE id = ${o.id} AND version = ${o.version} AND status = ${PHOTO_UPLOADED.status}::"CertificateStatus"
         AND "photoStatus" = ${PHOTO_UPLOADED.photoStatus}::"CertificatePhotoStatus" AND ${scope}
      RETURNING id
    ), audit AS (
      INSERT INTO "AuditLog" ("actorUserId", "actorUnitId", "actorLabel", action, "entityType", "entityId", ip, detail, at)
      SELECT ${audit.actorUserId}, ${audit.actorUnitId}, ${audit.actorLabel}, ${audit.action}, ${audit.entityType}, ${audit.entityId},
             ${audit.ip}, ${JSON.stringify(audit.detail)}::jsonb, now() AT TIME ZONE 'UTC' FROM reviewed
    )
    SELECT count(*)::int AS done FROM reviewed`;
  if (done === 0) {
    const [current] = await db.$queryRaw<{ photoStatus: CertificatePhotoStatus }[]>`
      SELECT "photoStatus"::text AS "photoStatus" FROM "Certificate" WHERE id = ${o.id} AND ${scope}`;
    if (!current) throw notFound("证书不存在或您无权操作");
    throw conflict(`该证书照片已被处理（当前为「${PHOTO_STATUS_LABELS[current.photoStatus]}」），请刷新后重试`);
  }
}
