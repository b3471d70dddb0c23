import "server-only";
import { storedFileName } from "@/lib/storage/stored-file-name";
import { assertRegistrationAllowed, countRegistration } from "@/lib/auth/registration-limit";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password-hash";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { invalid } from "@/lib/errors";
import { realPersonCheck } from "@/lib/real-person/real-person-check";
import { matchesRegistry, registryCheck } from "@/lib/registry/registry-check";
import { fileStorage } from "@/lib/storage/file-storage";
import { notifyUnitContact } from "./notify-contact";
import type { RegisterUnitInput } from "./schemas";
import { checkUnitFile, putUnitFile, UNIT_FILE_PURPOSES, type UploadedFile } from "./unit-upload";

export const DUPLICATE_UNIT = "该单位已注册，无需重复注册";

export type RegisterUnitOutcome = { outcome: "needsLegalRepVerification" } | { outcome: "ACTIVE" | "PENDING_REVIEW"; unitId: string };

/**
 * 单位注册. A registry match first asks for the legal representative's real-person verification (nothing is stored
 * until it is done), then the unit is active; no match queues it for the region's HR bureau.
 */
export async function registerUnit(opts: {
  input: RegisterUnitInput;
  files: { usccFile: UploadedFile | null; authLetterFile: UploadedFile | null };
  legalRepConfirmed: boolean;
  ip: string;
}): Promise<RegisterUnitOutcome> {
  const { input } = opts;
  await assertRegistrationAllowed(opts.ip);
  const files = [await checkUnitFile("usccFile", opts.files.usccFile), await checkUnitFile("authLetterFile", opts.files.authLetterFile)];
  // One read for both, so a unit registered a moment ago under this USCC is reported as a duplicate, not a name clash.
  const existing = await db.unit.findMany({
    where: { OR: [{ uscc: input.uscc }, { loginAccount: input.uscc }, { name: input.name }] },
    select: { uscc: true, loginAccount: true },
  });
  if (existing.some((u) => u.uscc === input.uscc || u.loginAccount === input.uscc)) throw invalid(DUPLICATE_UNIT, "uscc");
  if (existing.length > 0) throw invalid("该单位名称已被注册，请核对单位名称", "name");
  if (!(await db.region.findUnique({ where: { code: input.regionCode } }))) throw invalid("请选择所在行政区划", "regionCode");

  const matched = matchesRegistry(await registryCheck().lookup(input.uscc), input);
  let method: string | null = null;
  if (matched) {
    if (!opts.legalRepConfirmed) return { outcome: "needsLegalRepVerification" };
    const check = await realPersonCheck().verify({ name: input.legalRepName, idNumber: input.legalRepIdNumber, confirmed: true });
    if (!check.verified) throw invalid("法定代表人实人认证未通过", "legalRepIdNumber");
    method = check.method;
  }
  const status = matched ? "ACTIVE" : "PENDING_REVIEW";
  const passwordHash = await hashPassword(input.password);
  const keys = await Promise.all(files.map(putUnitFile));
  let registered: RegisterUnitOutcome;
  try {
    registered = await db.$transaction(async (tx) => {
      const unit = await tx.unit.create({
        data: {
          name: input.name,
          uscc: input.uscc,
          loginAccount: input.uscc,
          passwordHash,
          kind: input.kind,
          regionCode: input.regionCode,
          status,
          legalRepName: input.legalRepName,
          legalRepIdNumber: input.legalRepIdNumber,
          contactName: input.contactName,
          contactMobile: input.contactMobile,
          address: input.address,
        },
      });
      const stored = await Promise.all(
        files.map((f, i) =>
          tx.storedFile.create({
            data: { storageKey: keys[i], originalName: storedFileName(f.name), mime: f.mime, size: f.bytes.byteLength, purpose: UNIT_FILE_PURPOSES[f.field], ownerUnitId: unit.id },
          }),
        ),
      );
      await tx.unit.update({ where: { id: unit.id }, data: { usccFileId: stored[0].id, authLetterFileId: stored[1].id } });
      await notifyUnitContact(
        tx,
        input.contactMobile,
        matched
          ? `${input.name}单位注册成功，单位账号为统一社会信用代码${input.uscc}，请使用单位登录维护单位信息并指定管理员。`
          : `${input.name}单位注册信息未能自动核验通过，已转人工审核（1-3个工作日），审核结果将以短信通知。`,
      );
      await recordAudit(tx, {
        actor: { kind: "unit", unitId: unit.id, name: unit.name },
        ip: opts.ip,
        action: "单位注册",
        entityType: "Unit",
        entityId: unit.id,
        detail: { registryMatch: matched, legalRepVerification: method, status },
      });
      return { outcome: status, unitId: unit.id };
    });
  } catch (e) {
    await Promise.all(keys.map((k) => fileStorage().remove(k)));
    if (isUniqueViolation(e)) throw invalid(DUPLICATE_UNIT, "uscc");
    throw e;
  }
  await countRegistration(opts.ip);
  return registered;
}
