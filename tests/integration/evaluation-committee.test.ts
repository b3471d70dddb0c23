import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPerson } from "@/prisma/seed/factories";
import { drawCommitteeForFiling } from "@/lib/evaluation/draw-committee-for-filing";
import { drawMatches, listCommittees } from "@/lib/evaluation/list-committees";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { IP } from "./declarations-fixtures";
import { approvedFiling, evaluationWorld, poolOf, submittedFiling } from "./evaluation-fixtures";

const NOW = shanghaiLocalToInstant("2026-11-10T10:00");

describe("评委会抽取", () => {
  it("draws an odd committee of at least 11 for a specialty's senior filing, records its seed, and can be re-done only by a new draw", async () => {
    const w = await evaluationWorld();
    const filing = await approvedFiling(w);
    const pool = await poolOf(w, 13);
    const draw = (size: number, groupCount = 3) => drawCommitteeForFiling({ actor: w.organizer, ip: IP, input: { filingId: filing.id, size, groupCount }, now: NOW });
    await expect(draw(9)).rejects.toThrow("按专业组建的高级评委会不少于11人，当前为9人");
    await expect(draw(12)).rejects.toThrow("评委会人数须为单数，当前为12人");
    await expect(draw(11, 4)).rejects.toThrow("每个评议组不少于3名专家，当前为2名");
    const first = await draw(11);
    expect(first.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(first.candidateIds).toHaveLength(13);
    const [listed] = (await listCommittees({ actor: w.organizer })).filter((f) => f.id === filing.id);
    expect(listed.committee?.members).toHaveLength(11);
    expect(listed.committee?.members.filter((m) => m.role === "CHAIR")).toHaveLength(1);
    expect(listed.committee?.members.filter((m) => m.role === "GROUP_LEADER")).toHaveLength(3);
    expect(listed.committee?.reproduced).toBe(true);
    const chair = pool.find((e) => e.id === listed.committee?.members.find((m) => m.role === "CHAIR")?.expertId)!;
    expect(await db.roleGrant.count({ where: { userId: chair.userId, unitId: w.selfUnit.id, role: "COMMITTEE_CHAIR" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityType: "Committee", entityId: first.id, action: "抽取评委会" } })).toBe(1);

    const second = await draw(11);
    expect(await db.committee.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "SUPERSEDED" });
    const members = await db.committeeMember.findMany({ where: { committeeId: second.id } });
    const chairNow = await db.expert.findUniqueOrThrow({ where: { id: members.find((m) => m.role === "CHAIR")!.expertId } });
    expect(await db.roleGrant.findMany({ where: { unitId: w.selfUnit.id, role: "COMMITTEE_CHAIR" }, select: { userId: true } })).toEqual([{ userId: chairNow.userId }]);
  });

  it("a tampered record no longer reproduces from its seed", () => {
    const c = { seed: "abc", candidateIds: ["a", "b", "c", "d", "e"], size: 3, groupCount: 1, members: [] as { expertId: string; role: string; groupNo: number }[] };
    expect(drawMatches(c)).toBe(false);
  });

  it("never draws an expert out of term or one recused from an applicant's unit", async () => {
    const w = await evaluationWorld();
    const filing = await approvedFiling(w);
    const inTerm = await poolOf(w, 11);
    await poolOf(w, 2, { termStart: "2023-01-01", termEnd: "2025-12-31" });
    const recused = (await poolOf(w, 1))[0];
    const applicantUnit = w.selfUnit;
    await db.expert.update({ where: { id: recused.id }, data: { recuseUnitIds: [applicantUnit.id] } });
    // A QUALIFIED declaration of the filing's round from that unit makes the recusal bite.
    await db.declaration.create({
      data: { roundId: w.round.id, applicantId: (await createPerson(db, { unitId: applicantUnit.id })).id, unitId: applicantUnit.id, status: "QUALIFIED", level: "DEPUTY_SENIOR", titleName: "高级工程师", form: {} },
    });
    const committee = await drawCommitteeForFiling({ actor: w.organizer, ip: IP, input: { filingId: filing.id, size: 11, groupCount: 3 }, now: NOW });
    expect([...committee.candidateIds].sort()).toEqual(inTerm.map((e) => e.id).sort());
    await expect(drawCommitteeForFiling({ actor: w.organizer, ip: IP, input: { filingId: filing.id, size: 13, groupCount: 3 }, now: NOW })).rejects.toThrow(
      "符合条件的专家只有11名（聘期内且无须回避），不足13名",
    );
  });

  it("refuses a filing not yet approved, and another unit's filing", async () => {
    const w = await evaluationWorld();
    const v = await evaluationWorld();
    const pending = await submittedFiling(w);
    await expect(drawCommitteeForFiling({ actor: w.organizer, ip: IP, input: { filingId: pending.id, size: 11, groupCount: 3 }, now: NOW })).rejects.toThrow(
      "该评审权备案尚未经省人社厅批准，不能组织评审",
    );
    await expect(drawCommitteeForFiling({ actor: v.organizer, ip: IP, input: { filingId: pending.id, size: 11, groupCount: 3 }, now: NOW })).rejects.toThrow(
      "评审权备案不存在或不属于本单位",
    );
  });
});
