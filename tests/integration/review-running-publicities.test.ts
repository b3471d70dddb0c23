import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPublicity } from "@/lib/review/create-publicity";
import { completePublicity } from "@/lib/review/complete-publicity";
import { getRunningPublicity, listRunningPublicities, renderRunningPublicityPdf } from "@/lib/review/running-publicities";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { IP } from "./declarations-fixtures";
import { NOW, publicityInput, reviewWorld, verified } from "./review-fixtures";
import { AFTER_TALLY, tallied } from "./evaluation-fixtures";
import { createResultPublicity } from "@/lib/evaluation/result-publicity";
import { resultPublicitySchema } from "@/lib/evaluation/schemas";

// 公示公告 on the public 首页: a 申报公示 is readable by anyone from its first day to its last, with ID numbers masked,
// and not before, after, or once completed.

const at = (day: string) => shanghaiLocalToInstant(`${day}T10:00`);

async function runningPublicity() {
  const w = await reviewWorld();
  const a = await verified(w, "公示人");
  const p = await createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id]), now: NOW });
  return { w, a, p };
}

const onBoard = async (id: string, now: Date) => {
  for (let page = 1; ; page++) {
    const board = await listRunningPublicities({ page, now });
    if (board.rows.some((r) => r.id === id)) return true;
    if (page * board.pageSize >= board.total) return false;
  }
};

describe("公示公告", () => {
  it("shows a 申报公示 during its period, with its unit and list, ID numbers masked", async () => {
    const { w, a, p } = await runningPublicity();
    expect(p.endDate).toBe("2026-11-06");
    for (const day of ["2026-11-02", "2026-11-06"]) expect(await onBoard(p.id, at(day)), day).toBe(true);

    const shown = await getRunningPublicity({ kind: "declaration", id: p.id, now: at("2026-11-04") });
    expect(shown).toMatchObject({ title: p.title, unitName: w.unit.name, startDate: "2026-11-02", endDate: "2026-11-06" });
    expect(shown.rows).toHaveLength(1);
    expect(shown.rows[0].name).toBe("公示人");
    expect(shown.rows[0].idNumberMasked).toMatch(/\*/);
    expect(JSON.stringify(shown)).not.toContain(a.user.idNumber);

    const { pdf } = await renderRunningPublicityPdf({ kind: "declaration", id: p.id, now: at("2026-11-04") });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("is not found before its first day, after its last, or once completed", async () => {
    const { w, p } = await runningPublicity();
    for (const day of ["2026-11-01", "2026-11-07"]) {
      expect(await onBoard(p.id, at(day)), day).toBe(false);
      await expect(getRunningPublicity({ kind: "declaration", id: p.id, now: at(day) })).rejects.toThrow("公示不存在或不在公示期内");
    }
    await completePublicity({ actor: w.handler, ip: IP, id: p.id, now: at("2026-11-09") });
    const completed = await db.publicity.findUniqueOrThrow({ where: { id: p.id } });
    expect(completed.status).toBe("COMPLETED");
    // Completed, even a day inside its period is no longer public.
    await expect(getRunningPublicity({ kind: "declaration", id: p.id, now: at("2026-11-05") })).rejects.toThrow("公示不存在或不在公示期内");
    await expect(renderRunningPublicityPdf({ kind: "declaration", id: p.id, now: at("2026-11-05") })).rejects.toThrow("公示不存在或不在公示期内");
  });

  it("shows a 评审结果公示 under the committee-forming unit, listing only who passed, during its period", async () => {
    const v = await tallied();
    const input = resultPublicitySchema.parse({ meetingId: v.meeting.id, title: `评审结果公示${v.meeting.id}`, startDate: "2026-11-11", workingDays: 5, contactName: "评审经办", contactPhone: "0851-12345678", content: "以下人员评审通过，现予公示。" });
    const p = await createResultPublicity({ actor: v.w.organizer, ip: IP, input, now: AFTER_TALLY });
    expect(p.endDate).toBe("2026-11-17");
    const shown = await getRunningPublicity({ kind: "result", id: p.id, now: at("2026-11-12") });
    expect(shown.unitName).toBe(v.w.selfUnit.name);
    expect(shown.rows.map((r) => [r.name, r.unitName])).toEqual([["甲申报人", v.unitA.name]]);
    expect(await onBoard(p.id, at("2026-11-12"))).toBe(true);
    expect(await onBoard(p.id, at("2026-11-18"))).toBe(false);
    await expect(getRunningPublicity({ kind: "declaration", id: p.id, now: at("2026-11-12") })).rejects.toThrow("公示不存在或不在公示期内");
  });

  it("an id of the other kind, or made up, is not found", async () => {
    const { p } = await runningPublicity();
    await expect(getRunningPublicity({ kind: "result", id: p.id, now: at("2026-11-04") })).rejects.toThrow("公示不存在或不在公示期内");
    await expect(getRunningPublicity({ kind: "declaration", id: "x'; DROP TABLE \"Publicity\"; --", now: at("2026-11-04") })).rejects.toThrow("公示不存在或不在公示期内");
    await expect(getRunningPublicity({ kind: "declaration", id: "\u0000".repeat(3), now: at("2026-11-04") })).rejects.toThrow("公示不存在或不在公示期内");
    await expect(getRunningPublicity({ kind: "declaration", id: "x".repeat(100_000), now: at("2026-11-04") })).rejects.toThrow("公示不存在或不在公示期内");
  });
});
