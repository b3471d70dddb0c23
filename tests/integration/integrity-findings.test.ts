import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { drawCommitteeForFiling } from "@/lib/evaluation/draw-committee-for-filing";
import { listFindings } from "@/lib/integrity/list-findings";
import { recordFinding } from "@/lib/integrity/record-finding";
import { revokeFinding } from "@/lib/integrity/revoke-finding";
import { recordFindingSchema } from "@/lib/integrity/schemas";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { createPerson } from "@/prisma/seed/factories";
import { IP } from "./declarations-fixtures";
import { approvedFiling, evaluationWorld, poolOf } from "./evaluation-fixtures";

// 诚信档案: who records against whom, the 3-year bar on drawing experts, and revocation by another recorded decision.

const NOW = shanghaiLocalToInstant("2026-11-05T10:00");
const finding = (idNumber: string, findingDate = "2026-11-01") =>
  recordFindingSchema.parse({ idNumber, kind: "EXPERT_MISCONDUCT", facts: "评审中泄露表决情况", documentNumber: "黔人社诚〔2026〕1号", findingDate });

describe("诚信档案", () => {
  it("a finding against an expert ends their terms in every pool and keeps them out of draws; it is audited", async () => {
    const w = await evaluationWorld();
    const filing = await approvedFiling(w);
    const pool = await poolOf(w, 12);
    const barred = pool[0];
    const row = await recordFinding({ actor: w.province, ip: IP, input: finding(barred.person.idNumber), now: NOW });
    expect(await db.expert.findUniqueOrThrow({ where: { id: barred.id } })).toMatchObject({ termEnd: "2026-10-31" });
    // Even put back in term by hand, the finding keeps the expert out of the draw for 3 years.
    await db.expert.update({ where: { id: barred.id }, data: { termEnd: "2028-12-31" } });
    const committee = await drawCommitteeForFiling({ actor: w.organizer, ip: IP, input: { filingId: filing.id, size: 11, groupCount: 3 }, now: NOW });
    expect(committee.candidateIds).toHaveLength(11);
    expect(committee.candidateIds).not.toContain(barred.id);
    expect(await db.auditLog.findFirst({ where: { entityId: row.id, action: "记录诚信档案" } })).toMatchObject({ detail: { barredUntil: "2029-11-01" } });
  });

  it("a committee-forming unit records only against the people of its own results and pool, and sees only its own records", async () => {
    const w = await evaluationWorld();
    const [expert] = await poolOf(w, 1);
    const stranger = await createPerson(db, {});
    await expect(recordFinding({ actor: w.organizer, ip: IP, input: finding(stranger.idNumber), now: NOW })).rejects.toMatchObject({ field: "idNumber" });
    const own = await recordFinding({ actor: w.organizer, ip: IP, input: finding(expert.person.idNumber), now: NOW });
    const byProvince = await recordFinding({ actor: w.province, ip: IP, input: finding(stranger.idNumber), now: NOW });
    const seen = (await listFindings(w.organizer, { page: 1 })).rows.map((r) => r.id);
    expect(seen).toContain(own.id);
    expect(seen).not.toContain(byProvince.id);
    await expect(revokeFinding({ actor: w.organizer, ip: IP, input: { id: byProvince.id, documentNumber: "x", reason: "y" } })).rejects.toThrow("不存在或不属于本单位");
    expect((await listFindings(w.province, { page: 1, q: stranger.idNumber })).rows.map((r) => r.id)).toEqual([byProvince.id]);
  });

  it("is revoked only by another recorded decision, once; a future finding date is refused", async () => {
    const w = await evaluationWorld();
    const [expert] = await poolOf(w, 1);
    await expect(recordFinding({ actor: w.province, ip: IP, input: finding(expert.person.idNumber, "2026-11-06"), now: NOW })).rejects.toMatchObject({ field: "findingDate" });
    const row = await recordFinding({ actor: w.province, ip: IP, input: finding(expert.person.idNumber), now: NOW });
    const input = { id: row.id, documentNumber: "黔人社诚〔2026〕2号", reason: "复核后不予认定" };
    const results = await Promise.allSettled([revokeFinding({ actor: w.province, ip: IP, input }), revokeFinding({ actor: w.province, ip: IP, input })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { message: "该记录已撤销" } });
    expect(await db.integrityFinding.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ revocationDocumentNumber: "黔人社诚〔2026〕2号", facts: "评审中泄露表决情况" });
  });
});
