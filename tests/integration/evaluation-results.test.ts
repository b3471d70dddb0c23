import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { completeResultPublicity, createResultPublicity } from "@/lib/evaluation/result-publicity";
import { getMeetingResults, renderConfirmationPdf } from "@/lib/evaluation/meeting-results";
import { resultPublicitySchema } from "@/lib/evaluation/schemas";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { IP } from "./declarations-fixtures";
import { AFTER_TALLY, tallied, votingWorld } from "./evaluation-fixtures";
import { pdfText } from "./pdf-text";

const publicityInput = (meetingId: string, workingDays = 5, startDate = "2026-11-11") =>
  resultPublicitySchema.parse({ meetingId, title: "2026年度道路工程专业高级职称评审结果公示", startDate, workingDays, contactName: "评审经办", contactPhone: "0851-12345678", content: "以下人员评审通过，现予公示。" });


describe("评审结果公示与评审通过确认单", () => {
  it("publicizes the results for at least 5 working days, completes after the end date, then prints the 确认单 per unit", async () => {
    const v = await tallied();
    await expect(createResultPublicity({ actor: v.w.organizer, ip: IP, input: { ...publicityInput(v.meeting.id), workingDays: 4 }, now: AFTER_TALLY })).rejects.toThrow("评审结果公示不少于5个工作日");
    await expect(renderConfirmationPdf({ actor: v.w.organizer, meetingId: v.meeting.id, unitId: v.unitA.id })).rejects.toThrow("评审结果公示期满并完成公示后");
    const publicity = await createResultPublicity({ actor: v.w.organizer, ip: IP, input: publicityInput(v.meeting.id), now: AFTER_TALLY });
    // 2026-11-11 (Wednesday) + 5 working days → Tuesday 2026-11-17.
    expect(publicity.endDate).toBe("2026-11-17");
    await expect(createResultPublicity({ actor: v.w.organizer, ip: IP, input: publicityInput(v.meeting.id), now: AFTER_TALLY })).rejects.toThrow("该评审会议的评审结果已公示");
    await expect(completeResultPublicity({ actor: v.w.organizer, ip: IP, meetingId: v.meeting.id, now: shanghaiLocalToInstant("2026-11-17T17:00") })).rejects.toThrow(
      "公示期至2026-11-17，届满后（2026-11-18起）方可完成公示",
    );
    const issued = await completeResultPublicity({ actor: v.w.organizer, ip: IP, meetingId: v.meeting.id, now: shanghaiLocalToInstant("2026-11-18T09:00") });
    // The passed applicant becomes a certificate (source 评审) of the committee-forming unit, with the declaration's
    // photo, submitted to the 专技处 and not yet confirmed (so not public).
    const certificates = await db.certificate.findMany({ where: { id: { in: issued } }, include: { batch: true } });
    expect(certificates.map((c) => [c.name, c.source, c.unitId, c.titleName, c.level, c.obtainedOn])).toEqual([["甲申报人", "EVALUATION", v.w.selfUnit.id, "高级工程师", "副高级", "2026-11-17"]]);
    const passed = await db.declaration.findFirstOrThrow({ where: { status: "PASSED", id: { in: (await db.meetingDeclaration.findMany({ where: { meetingId: v.meeting.id } })).map((m) => m.declarationId) } } });
    expect(certificates[0]).toMatchObject({ status: "SUBMITTED", photoStatus: "APPROVED", photoFileId: passed.photoFileId, batch: { status: "SUBMITTED", count: 1 } });
    await expect(completeResultPublicity({ actor: v.w.organizer, ip: IP, meetingId: v.meeting.id, now: shanghaiLocalToInstant("2026-11-18T09:00") })).rejects.toThrow("不能再次完成公示");
    const { rows } = await getMeetingResults({ actor: v.w.organizer, meetingId: v.meeting.id });
    expect(rows.map((r) => [r.name, r.status, r.outcome])).toEqual([
      ["甲申报人", "PASSED", "PASSED"],
      ["乙申报人", "FAILED", "FAILED"],
    ]);
    const { pdf, filename } = await renderConfirmationPdf({ actor: v.w.organizer, meetingId: v.meeting.id, unitId: v.unitA.id });
    expect(filename).toBe(`${v.unitA.name}-评审通过确认单.pdf`);
    // Long lines wrap; read the text without its layout spaces.
    const text = (await pdfText(pdf)).replace(/\s+/g, "");
    expect(text).toContain("评审通过确认单");
    expect(text).toContain(v.unitA.name);
    expect(text).toContain("甲申报人");
    expect(text).toContain(rows[0].idNumberMasked);
    expect(text).not.toContain("乙申报人");
    await expect(renderConfirmationPdf({ actor: v.w.organizer, meetingId: v.meeting.id, unitId: v.unitB.id })).rejects.toThrow("该单位没有评审通过的人员");
  });

  it("cannot be backdated: no earlier than today, nor than the 统票 day; nothing is saved", async () => {
    const v = await tallied();
    const backdated = publicityInput(v.meeting.id, 5, "2025-01-02");
    await expect(createResultPublicity({ actor: v.w.organizer, ip: IP, input: backdated, now: AFTER_TALLY })).rejects.toMatchObject({
      message: "公示起始日期不能早于今天（2026-11-10）",
      field: "startDate",
    });
    // A clock behind the 统票 (another process's) still cannot start the period before the meeting's result.
    const dayBefore = shanghaiLocalToInstant("2026-11-09T09:00");
    await expect(createResultPublicity({ actor: v.w.organizer, ip: IP, input: publicityInput(v.meeting.id, 5, "2026-11-09"), now: dayBefore })).rejects.toThrow(
      "公示起始日期不能早于统票日（2026-11-10）",
    );
    expect(await db.resultPublicity.count({ where: { meetingId: v.meeting.id } })).toBe(0);
    const sameDay = await createResultPublicity({ actor: v.w.organizer, ip: IP, input: publicityInput(v.meeting.id, 5, "2026-11-10"), now: AFTER_TALLY });
    expect(sameDay.endDate).toBe("2026-11-16");
  });

  it("refuses before 统票, and to another unit", async () => {
    const v = await votingWorld();
    await expect(createResultPublicity({ actor: v.w.organizer, ip: IP, input: publicityInput(v.meeting.id), now: AFTER_TALLY })).rejects.toThrow("评审会议当前状态为「投票中」，统票后才能公示评审结果");
    const other = await votingWorld();
    await expect(createResultPublicity({ actor: other.w.organizer, ip: IP, input: publicityInput(v.meeting.id), now: AFTER_TALLY })).rejects.toThrow("评审会议不存在或您无权查看");
  });
});
