import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { lookupSchema } from "@/lib/certificates/schemas";
import { lookupCertificates } from "@/lib/certificates/lookup-certificates";
import { downloadCertificatePdf, verifyCertificate } from "@/lib/certificates/certificate-for-public";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { verificationCode } from "@/lib/certificates/signing";
import { uploadCertificatePhoto } from "@/lib/certificates/upload-certificate-photo";
import { GET as verifiedPhoto } from "@/app/query/verify/[id]/photo/route";
import { POST as lookupRoute } from "@/app/api/certificates/lookup/route";
import { pngPhoto } from "@/prisma/seed/id-photo";
import { createPerson } from "@/prisma/seed/factories";
import { actorOf, IP } from "./declarations-fixtures";
import { certificateWorld, imported, rowOf, type CertificateWorld } from "./certificates-fixtures";
import { pdfText } from "./pdf-text";

const freshIp = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join(".")}-${randomUUID().slice(0, 4)}`;

async function confirmed(w: CertificateWorld, i: number, over: Partial<Record<string, string>> = {}) {
  await imported(w, [rowOf(w, i, over)]);
  return db.certificate.update({ where: { number: rowOf(w, i).number }, data: { status: "CONFIRMED", photoStatus: "APPROVED" } });
}

async function lookup(input: Record<string, string | undefined>, ip = freshIp()) {
  return runAction(lookupSchema, input, (criteria) => lookupCertificates({ ip, criteria }));
}

describe("证书查询", () => {
  it("needs any two of 姓名, 证件号码, 证书编号; one alone is refused with that message", async () => {
    const w = await certificateWorld();
    const c = await confirmed(w, 1);
    expect((await lookup({ name: c.name })).message).toBe("请按提示修改后重新提交");
    expect((await lookup({ name: c.name })).fieldErrors?._form).toBe("请填写姓名、证件号码、证书编号中的任意两项进行查询");
    for (const pair of [{ name: c.name, idNumber: c.idNumber.toLowerCase() }, { name: c.name, number: c.number }, { idNumber: c.idNumber, number: c.number }]) {
      const res = await lookup(pair);
      expect(res.data?.map((r) => r.number)).toEqual([c.number]);
    }
    expect((await lookup({ name: "别人", number: c.number })).data).toEqual([]);
  });

  it("shows the ID number masked and only confirmed certificates; pre-2020 ones have no download", async () => {
    const w = await certificateWorld();
    const c = await confirmed(w, 1);
    const old = await confirmed(w, 2, { obtainedOn: "2018-06-30" });
    await imported(w, [rowOf(w, 3)]);
    for (const status of ["ENTERING", "PENDING_UNIT", "SUBMITTED", "RETURNED"] as const) {
      await db.certificate.update({ where: { number: rowOf(w, 3).number }, data: { status } });
      expect((await lookup({ name: rowOf(w, 3).name, number: rowOf(w, 3).number })).data).toEqual([]);
    }
    const [shown] = (await lookup({ name: c.name, number: c.number })).data!;
    expect(shown.idNumber).toBe(`${c.idNumber.slice(0, 4)}**********${c.idNumber.slice(14)}`);
    expect(shown.downloadable).toBe(true);
    expect(shown.downloadToken).toBeTruthy();
    const [pre] = (await lookup({ name: old.name, number: old.number })).data!;
    expect(pre).toMatchObject({ downloadable: false, notDownloadableReason: "2020年度之前取得的职称证书仅提供查看，不提供电子证书下载" });
    expect(pre.downloadToken).toBeUndefined();
  });

  it("is rate-limited per IP with a Chinese message", async () => {
    const w = await certificateWorld();
    const c = await confirmed(w, 1);
    const ip = freshIp();
    for (let i = 0; i < 20; i++) expect((await lookup({ name: c.name, number: c.number }, ip)).ok).toBe(true);
    const refused = await lookup({ name: c.name, number: c.number }, ip);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^查询过于频繁，请\d+秒后再试$/);
    expect((await lookup({ name: c.name, number: c.number })).ok).toBe(true);
  });

  it("past the limit the route answers 429 with Retry-After; an IPv6 client is one /64, whichever address it takes", async () => {
    const w = await certificateWorld();
    const c = await confirmed(w, 1);
    const network = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}`;
    const prefix = `${network}:a`;
    const ask = (address: string) =>
      lookupRoute(
        new NextRequest("http://localhost/api/certificates/lookup", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": address },
          body: JSON.stringify({ name: c.name, number: c.number }),
        }),
      );
    for (let i = 1; i <= 20; i++) expect((await ask(`${prefix}::${i.toString(16)}`)).status).toBe(200);
    const refused = await ask(`${prefix}:ffff:ffff:ffff:ffff`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ ok: false, message: expect.stringMatching(/^查询过于频繁，请\d+秒后再试$/) });
    expect((await ask(`${network}:b::1`)).status).toBe(200);
  });

  it("the electronic certificate's text carries every field and a code the 验证 page accepts; a changed record fails", async () => {
    const w = await certificateWorld();
    const c = await confirmed(w, 1);
    const [found] = (await lookup({ name: c.name, number: c.number })).data!;
    const pdf = await downloadCertificatePdf({ id: c.id, token: found.downloadToken!, origin: "https://zc.example.cn" });
    const text = pdfText(pdf.bytes).replace(/[ \t]+/g, " ");
    for (const value of [c.number, c.name, c.titleName, c.level, c.series, c.specialty, c.approvalNo, c.obtainedOn, c.issuer, "专业技术资格证书"]) expect(text).toContain(value);
    expect(text).toContain(`${c.idNumber.slice(0, 4)}**********${c.idNumber.slice(14)}`);
    const code = /验证码：([A-Z0-9-]{24})/.exec(text)?.[1];
    expect(code).toMatch(/^([A-Z2-9]{4}-){4}[A-Z2-9]{4}$/);
    expect(await verifyCertificate({ id: c.id, code: code! })).toMatchObject({ valid: true, certificate: { number: c.number, name: c.name } });
    expect((await verifyCertificate({ id: c.id, code: "AAAA-BBBB-CCCC-DDDD-EEEE" })).valid).toBe(false);
    await expect(downloadCertificatePdf({ id: c.id, token: "1.forged", origin: "x" })).rejects.toThrow("下载链接无效或已过期");

    await db.certificate.update({ where: { id: c.id }, data: { titleName: "正高级工程师" } });
    expect((await verifyCertificate({ id: c.id, code: code! })).valid).toBe(false);
  });

  it("the 验证 page's photo opens only for a confirmed certificate and the code its record signs to", async () => {
    const w = await certificateWorld();
    const holder = await createPerson(db);
    await imported(w, [rowOf(w, 1, { idNumber: holder.idNumber })]);
    const entered = await db.certificate.findUniqueOrThrow({ where: { number: rowOf(w, 1).number } });
    const bytes = pngPhoto();
    await uploadCertificatePhoto({ actor: await actorOf(holder.id), ip: IP, certificateId: entered.id, file: { name: "照片.png", bytes } });
    const c = await db.certificate.update({ where: { id: entered.id }, data: { status: "CONFIRMED", photoStatus: "APPROVED" } });
    const photo = (code: string | null) =>
      verifiedPhoto(new Request(`https://zc.example.cn/query/verify/${c.id}/photo${code === null ? "" : `?code=${encodeURIComponent(code)}`}`), { params: Promise.resolve({ id: c.id }) });

    const shown = await photo(verificationCode(c));
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await shown.arrayBuffer()).equals(bytes)).toBe(true);
    expect(await verifyCertificate({ id: c.id, code: verificationCode(c) })).toMatchObject({ valid: true, hasPhoto: true });

    for (const code of [null, "", "AAAA-BBBB-CCCC-DDDD-EEEE"]) expect((await photo(code)).status).toBe(404);
    const other = await confirmed(w, 2);
    expect((await photo(verificationCode(other))).status).toBe(404);
    for (const status of ["ENTERING", "PENDING_UNIT", "SUBMITTED", "RETURNED"] as const) {
      const unconfirmed = await db.certificate.update({ where: { id: c.id }, data: { status } });
      expect((await photo(verificationCode(unconfirmed))).status).toBe(404);
    }
  });

  it("the holder sees how many times, and when, each certificate was looked up", async () => {
    const w = await certificateWorld();
    const holder = await createPerson(db);
    const c = await confirmed(w, 1, { idNumber: holder.idNumber });
    await lookup({ name: c.name, number: c.number });
    await lookup({ idNumber: c.idNumber, number: c.number });
    const [mine] = await listMyCertificates(await actorOf(holder.id));
    expect(mine.lookupCount).toBe(2);
    expect(mine.recentLookups).toHaveLength(2);
    expect(Object.keys(mine)).not.toContain("idNumber");
  });
});
