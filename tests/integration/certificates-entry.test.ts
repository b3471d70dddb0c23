import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { fileStorage } from "@/lib/storage/file-storage";
import { MissingStoredFile } from "@/lib/storage/storage-interface";
import { createCertificate } from "@/lib/certificates/create-certificate";
import { certificateSchema } from "@/lib/certificates/schemas";
import { uploadCertificatePhoto } from "@/lib/certificates/upload-certificate-photo";
import { reviewCertificatePhoto } from "@/lib/certificates/review-certificate-photo";
import { submitCertificateBatch } from "@/lib/certificates/submit-certificate-batch";
import { decideCertificateBatch } from "@/lib/certificates/decide-certificate-batch";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { listUnitCertificates } from "@/lib/certificates/list-unit-certificates";
import { createPerson } from "@/prisma/seed/factories";
import { actorOf, IP } from "./declarations-fixtures";
import { certificateWorld, checkImport, imported, keepImport, rowOf, workbook, type CertificateWorld } from "./certificates-fixtures";
import { pngPhoto } from "@/prisma/seed/id-photo";

const photo = (bytes = pngPhoto()) => ({ name: "照片.png", bytes });

describe("证书补录 → 导入", () => {
  it("reports every bad row with its number and reason, saves nothing when checking, keeps only the good rows", async () => {
    const w = await certificateWorld();
    await createCertificate({ actor: w.handler, ip: IP, values: certificateSchema.parse(rowOf(w, 99)) });
    const badId = rowOf(w, 3).idNumber.slice(0, 17) + (rowOf(w, 3).idNumber.endsWith("1") ? "2" : "1");
    const rows = [
      rowOf(w, 1),
      rowOf(w, 2),
      rowOf(w, 3, { idNumber: badId }),
      rowOf(w, 1, { name: "重复人" }),
      rowOf(w, 99),
      rowOf(w, 6, { titleName: "" }),
      rowOf(w, 7, { obtainedOn: "2021-02-30" }),
      rowOf(w, 8, { level: "特级" }),
    ];
    const file = await workbook(rows);
    const check = await checkImport(w.handler, file);
    expect(check.total).toBe(8);
    expect(check.bad).toEqual([
      { rowNumber: 4, reason: "身份证号校验位不正确" },
      { rowNumber: 5, reason: `证书编号${rowOf(w, 1).number}与第2行重复` },
      { rowNumber: 6, reason: `证书编号${rowOf(w, 99).number}已存在于系统中` },
      { rowNumber: 7, reason: "请填写专业技术资格名称" },
      { rowNumber: 8, reason: "取得资格时间不是有效日期（格式：2021-12-31）" },
      { rowNumber: 9, reason: "级别应为正高级、副高级、中级、助理级、员级之一" },
    ]);
    expect(await db.certificate.count({ where: { number: { startsWith: w.prefix } } })).toBe(1);

    const kept = await keepImport(w.handler, check.upload!);
    expect(kept.kept).toBe(2);
    const numbers = (await db.certificate.findMany({ where: { number: { startsWith: w.prefix } }, orderBy: { number: "asc" } })).map((c) => c.number);
    expect(numbers).toEqual([rowOf(w, 1).number, rowOf(w, 2).number, rowOf(w, 99).number]);
  });

  it("refuses a workbook without the template's header, and a file that is not .xlsx", async () => {
    const w = await certificateWorld();
    await expect(checkImport(w.handler, await workbook([rowOf(w, 1)], ["证书编号", "姓名"]))).rejects.toThrow(/缺少：身份证号/);
    await expect(checkImport(w.handler, Buffer.from("证书编号,姓名\n"))).rejects.toThrow("请上传.xlsx格式的文件");
  });

  it("two imports of one 证书编号 at once write exactly one row", async () => {
    const w = await certificateWorld();
    const other = await actorOf((await createPerson(db, { unitId: w.unit.id, roles: ["UNIT_HANDLER"] })).id);
    const file = await workbook([rowOf(w, 1), rowOf(w, 2)]);
    const [mine, theirs] = await Promise.all([checkImport(w.handler, file), checkImport(other, file)]);
    const [a, b] = await Promise.all([keepImport(w.handler, mine.upload!), keepImport(other, theirs.upload!)]);
    expect(a.kept + b.kept).toBe(2);
    expect(await db.certificate.count({ where: { number: { startsWith: w.prefix } } })).toBe(2);
  });

  it("导入 takes the checked workbook by its reference, once, checking it again; another's or an expired reference is refused", async () => {
    const w = await certificateWorld();
    const colleague = await actorOf((await createPerson(db, { unitId: w.unit.id, roles: ["UNIT_HANDLER"] })).id);
    const elsewhere = await certificateWorld();
    const check = await checkImport(w.handler, await workbook([rowOf(w, 1), rowOf(w, 2), rowOf(w, 3)]));
    expect(check).toMatchObject({ mode: "check", total: 3, bad: [] });
    expect(check.upload).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const kept = await db.storedFile.findUniqueOrThrow({ where: { id: check.upload } });
    expect(kept).toMatchObject({ purpose: "certificate-import", ownerUserId: w.handler.userId, ownerUnitId: w.unit.id });

    const gone = /校验结果已失效/;
    await expect(keepImport(colleague, check.upload!)).rejects.toThrow(gone);
    await expect(keepImport(elsewhere.handler, check.upload!)).rejects.toThrow(gone);
    await expect(keepImport(w.handler, check.upload!, new Date(kept.expiresAt!.getTime() + 1000))).rejects.toThrow(gone);
    await expect(keepImport(w.handler, "A".repeat(43))).rejects.toThrow(gone);
    expect(await db.certificate.count({ where: { number: { startsWith: w.prefix } } })).toBe(0);

    // Entered by hand meanwhile: 导入 finds it taken although 校验 did not.
    await createCertificate({ actor: w.handler, ip: IP, values: certificateSchema.parse(rowOf(w, 2)) });
    const [first, second] = await Promise.allSettled([keepImport(w.handler, check.upload!), keepImport(w.handler, check.upload!)]);
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    const report = [first, second].find((r) => r.status === "fulfilled")!.value;
    expect(report).toMatchObject({ mode: "keep", total: 3, kept: 2, bad: [{ rowNumber: 3, reason: `证书编号${rowOf(w, 2).number}已存在于系统中` }] });
    expect(await db.certificate.count({ where: { number: { startsWith: w.prefix } } })).toBe(3);
    expect(await db.storedFile.count({ where: { id: check.upload } })).toBe(0);
    await expect(fileStorage().open(kept.storageKey)).rejects.toBeInstanceOf(MissingStoredFile);
    await expect(keepImport(w.handler, check.upload!)).rejects.toThrow(gone);
  });

  it("keeps no workbook whose rows all failed, and sweeps expired ones when the next is kept", async () => {
    const w = await certificateWorld();
    const none = await checkImport(w.handler, await workbook([rowOf(w, 1, { titleName: "" })]));
    expect(none.upload).toBeUndefined();
    const old = await checkImport(w.handler, await workbook([rowOf(w, 1)]), new Date(Date.now() - 31 * 60_000));
    const { storageKey } = await db.storedFile.findUniqueOrThrow({ where: { id: old.upload } });
    await checkImport(w.handler, await workbook([rowOf(w, 2)]));
    expect(await db.storedFile.count({ where: { id: old.upload } })).toBe(0);
    await expect(fileStorage().open(storageKey)).rejects.toBeInstanceOf(MissingStoredFile);
  });

  it("only a committee-forming unit's handler enters certificates", async () => {
    const w = await certificateWorld();
    const plain = await actorOf((await createPerson(db, { unitId: (await db.unit.create({ data: { name: `普通企业${w.prefix}`, kind: "ENTERPRISE", regionCode: "520100" } })).id, roles: ["UNIT_HANDLER"] })).id);
    await expect(createCertificate({ actor: plain, ip: IP, values: certificateSchema.parse(rowOf(w, 1)) })).rejects.toThrow("只有评委会组建单位");
    const res = await runAction(certificateSchema, rowOf(w, 1, { gender: "X" }), async () => null);
    expect(res.fieldErrors?.gender).toBe("性别应为男或女");
  });
});

async function withPhotoOwner(w: CertificateWorld, i: number) {
  const report = await imported(w, [rowOf(w, i)]);
  expect(report.kept).toBe(1);
  const owner = await actorOf((await createPerson(db)).id);
  // The unit entered the ID the person registered with.
  const me = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
  const cert = await db.certificate.update({ where: { number: rowOf(w, i).number }, data: { idNumber: me.idNumber } });
  return { owner, cert };
}

describe("照片上传, 单位审核, 提交, 专技处确认", () => {
  it("checks the photo's content, size and pixels, each with its reason; only the owner's certificates are listed", async () => {
    const w = await certificateWorld();
    const { owner, cert } = await withPhotoOwner(w, 1);
    expect((await listMyCertificates(owner)).map((c) => c.number)).toEqual([cert.number]);
    const upload = (file: { name: string; bytes: Buffer }) => uploadCertificatePhoto({ actor: owner, ip: IP, certificateId: cert.id, file });
    await expect(upload({ name: "照片.png", bytes: Buffer.from("%PDF-1.4 not an image") })).rejects.toThrow("照片须为JPG或PNG文件");
    await expect(upload(photo(pngPhoto(40, 56)))).rejects.toThrow("照片文件过小");
    await expect(upload(photo(pngPhoto(400, 413)))).rejects.toThrow("照片比例不符合一寸证件照要求");
    await expect(upload(photo(pngPhoto(236, 330)))).rejects.toThrow("照片尺寸应约为295×413像素");
    const stranger = await actorOf((await createPerson(db)).id);
    await expect(uploadCertificatePhoto({ actor: stranger, ip: IP, certificateId: cert.id, file: photo() })).rejects.toThrow("证书不存在");
    await upload(photo());
    expect(await db.certificate.findUniqueOrThrow({ where: { id: cert.id } })).toMatchObject({ status: "PENDING_UNIT", photoStatus: "UPLOADED" });
  });

  it("提交 only when every photo is approved; a returned photo carries its reason; only the 专技处 confirms", async () => {
    const w = await certificateWorld();
    const a = await withPhotoOwner(w, 1);
    await imported(w, [rowOf(w, 2)]);
    await expect(submitCertificateBatch({ actor: w.handler, ip: IP })).rejects.toThrow("还有2条证书的照片未审核通过");

    await uploadCertificatePhoto({ actor: a.owner, ip: IP, certificateId: a.cert.id, file: photo() });
    let row = await db.certificate.findUniqueOrThrow({ where: { id: a.cert.id } });
    await reviewCertificatePhoto({ actor: w.handler, ip: IP, id: row.id, version: row.version, approve: false, reason: "背景不是白色" });
    await expect(reviewCertificatePhoto({ actor: w.handler, ip: IP, id: row.id, version: row.version, approve: true })).rejects.toThrow("已被处理");
    expect((await listMyCertificates(a.owner))[0]).toMatchObject({ photoStatus: "RETURNED", photoNote: "背景不是白色", status: "ENTERING" });

    await uploadCertificatePhoto({ actor: a.owner, ip: IP, certificateId: a.cert.id, file: photo(pngPhoto(295, 413, 7)) });
    row = await db.certificate.findUniqueOrThrow({ where: { id: a.cert.id } });
    await reviewCertificatePhoto({ actor: w.handler, ip: IP, id: row.id, version: row.version, approve: true });
    await db.certificate.deleteMany({ where: { number: rowOf(w, 2).number } });
    const list = await listUnitCertificates({ actor: w.handler, query: { page: 1 } });
    expect(list.submitProblem).toBeNull();
    expect(list.rows[0].idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);

    const [first, second] = await Promise.allSettled([submitCertificateBatch({ actor: w.handler, ip: IP }), submitCertificateBatch({ actor: w.handler, ip: IP })]);
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    const batch = await db.certificateBatch.findFirstOrThrow({ where: { unitId: w.unit.id } });

    const other = await certificateWorld();
    await expect(decideCertificateBatch({ actor: other.handler, ip: IP, id: batch.id, confirm: true })).rejects.toThrow("批次不存在或您无权操作");
    await decideCertificateBatch({ actor: w.confirmer, ip: IP, id: batch.id, confirm: false, reason: "批准文号有误" });
    expect(await db.certificate.findUniqueOrThrow({ where: { id: a.cert.id } })).toMatchObject({ status: "RETURNED" });
    const again = await submitCertificateBatch({ actor: w.handler, ip: IP });
    await decideCertificateBatch({ actor: w.confirmer, ip: IP, id: again.id, confirm: true });
    await expect(decideCertificateBatch({ actor: w.confirmer, ip: IP, id: again.id, confirm: true })).rejects.toThrow("当前为「已确认」");
    expect(await db.certificate.findUniqueOrThrow({ where: { id: a.cert.id } })).toMatchObject({ status: "CONFIRMED" });
    expect(await db.auditLog.count({ where: { entityType: "CertificateBatch", entityId: { in: [batch.id, again.id] } } })).toBe(4);
  });
});
