import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getExpertDeclaration } from "@/lib/evaluation/get-expert-declaration";
import { sampleForm } from "@/prisma/seed/sample-form";
import { meetingWorld } from "./evaluation-fixtures";

describe("在线评审：专家看到的申报材料", () => {
  it("is the professional record: no mobile, no birth date, the ID number masked", async () => {
    const m = await meetingWorld();
    const form = sampleForm(m.w.round.id, "photo");
    await db.declaration.update({ where: { id: m.declA.id }, data: { form } });
    const applicant = await db.user.findUniqueOrThrow({ where: { id: m.declA.applicantId } });
    const read = await getExpertDeclaration({ actor: m.chair, meetingId: m.meeting.id, declarationId: m.declA.id });
    const returned = JSON.stringify(read);
    expect(returned).not.toContain(form.basic.mobile);
    expect(returned).not.toContain(form.basic.birthDate);
    expect(returned).not.toContain(applicant.idNumber);
    expect(read.form.basic).not.toHaveProperty("mobile");
    expect(read.form.basic).not.toHaveProperty("birthDate");
    expect(read.applicant.idNumberMasked).toBe(`${applicant.idNumber.slice(0, 4)}**********${applicant.idNumber.slice(14)}`);
    expect(read.form.basic.position).toBe(form.basic.position);
    expect(read.form.work).toEqual(form.work);
    expect(read.form.professional).toEqual(form.professional);
  });
});
