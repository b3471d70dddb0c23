import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { uploadDeclarationFile } from "@/lib/declarations/upload-declaration-file";
import { readDeclarationFile } from "@/lib/declarations/read-declaration-file";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { declarationFormSchema, saveDeclarationSchema, COMMITMENT_TEXT } from "@/lib/declarations/schemas";
import { runAction } from "@/lib/action";
import { IP, PNG, actorOf, createApplicant, createRound, validForm } from "./declarations-fixtures";
import { createPerson } from "@/prisma/seed/factories";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("上传检查", () => {
  it("a PNG renamed .pdf is refused; the same bytes named .png are kept as image/png", async () => {
    const { actor, user } = await createApplicant();
    await expect(uploadDeclarationFile({ actor, ip: IP, kind: "attachment", name: "证书.pdf", bytes: PNG })).rejects.toThrow(
      "文件内容与扩展名不符（实际为PNG文件）",
    );
    expect(await db.storedFile.count({ where: { ownerUserId: user.id } })).toBe(0);
    expect((await uploadDeclarationFile({ actor, ip: IP, kind: "attachment", name: "证书.png", bytes: PNG })).mime).toBe("image/png");
    expect((await uploadDeclarationFile({ actor, ip: IP, kind: "attachment", name: "证书.PDF", bytes: PDF })).mime).toBe("application/pdf");
  });

  it("a PDF is not accepted as a photo", async () => {
    const { actor } = await createApplicant();
    await expect(uploadDeclarationFile({ actor, ip: IP, kind: "photo", name: "photo.png", bytes: PDF })).rejects.toThrow("文件类型不符");
  });

  it("a text file named .jpg is refused", async () => {
    const { actor } = await createApplicant();
    const bytes = Buffer.from("这不是图片，只是一段文字。\n");
    await expect(uploadDeclarationFile({ actor, ip: IP, kind: "attachment", name: "scan.jpg", bytes })).rejects.toThrow("文件类型不符");
    await expect(uploadDeclarationFile({ actor, ip: IP, kind: "photo", name: "photo.jpg", bytes })).rejects.toThrow("文件类型不符");
  });

  it("an oversized file is refused before it is stored", async () => {
    const { actor, user } = await createApplicant();
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    await expect(uploadDeclarationFile({ actor, ip: IP, kind: "photo", name: "big.png", bytes: big })).rejects.toThrow("文件过大");
    expect(await db.storedFile.count({ where: { ownerUserId: user.id } })).toBe(0);
  });

  it("a file is served to its owner, and to the handler of the applicant's unit once submitted, never to another unit's handler", async () => {
    const round = await createRound();
    const a = await createApplicant();
    const form = await validForm(a.actor, round.id);
    const { id } = await saveDeclaration({ actor: a.actor, ip: IP, input: { form } });
    const handler = await actorOf((await createPerson(db, { unitId: a.unit.id, roles: ["UNIT_HANDLER"] })).id);
    const stranger = await createApplicant({ roles: ["UNIT_HANDLER"] });
    const own = await readDeclarationFile({ actor: a.actor, fileId: form.photoFileId });
    expect(own.mime).toBe("image/png");
    expect((await buffer(own.body)).equals(PNG)).toBe(true);
    await expect(readDeclarationFile({ actor: handler, fileId: form.photoFileId })).rejects.toThrow("文件不存在或您无权查看");
    await submitDeclaration({ actor: a.actor, ip: IP, id, now: shanghaiLocalToInstant("2026-11-02T10:00") });
    expect((await buffer((await readDeclarationFile({ actor: handler, fileId: form.photoFileId })).body)).equals(PNG)).toBe(true);
    await expect(readDeclarationFile({ actor: stranger.actor, fileId: form.photoFileId })).rejects.toThrow("文件不存在或您无权查看");
  });
});

describe("诚信承诺书", () => {
  it("the exact text is accepted; anything else is refused next to the field and nothing is saved", async () => {
    const round = await createRound();
    const { actor, user } = await createApplicant();
    const form = await validForm(actor, round.id);
    expect(declarationFormSchema.safeParse(form).success).toBe(true);
    for (const typed of ["", COMMITMENT_TEXT.slice(0, -1), `${COMMITMENT_TEXT} `, COMMITMENT_TEXT.replace("真实", "真是")]) {
      const res = await runAction(saveDeclarationSchema, { form: { ...form, commitment: typed } }, (input) => saveDeclaration({ actor, ip: IP, input }));
      expect(res.ok).toBe(false);
      expect(res.fieldErrors?.["form.commitment"]).toContain("诚信承诺书");
    }
    expect(await db.declaration.count({ where: { applicantId: user.id } })).toBe(0);
  });
});
