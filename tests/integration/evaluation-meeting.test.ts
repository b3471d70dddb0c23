import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { distributeMaterials, recordGroupOpinion } from "@/lib/evaluation/distribute-materials";
import { openVoting } from "@/lib/evaluation/open-voting";
import { tallyMeeting } from "@/lib/evaluation/tally-meeting";
import { createMeeting } from "@/lib/evaluation/create-meeting";
import { IP } from "./declarations-fixtures";
import { DURING_VOTE, meetingWorld, VOTE_DAY, votingWorld } from "./evaluation-fixtures";

describe("线上评审管理：分发材料、评议组意见、开始投票", () => {
  it("the chair and 组长 distribute; a 组长 records the opinion of his own group only; a member does neither", async () => {
    const m = await meetingWorld();
    const [leader1, leader2] = [1, 2].map((g) => m.byRole("GROUP_LEADER").find((x) => x.groupNo === g)!.actor);
    const member = m.byRole("MEMBER")[0].actor;
    await expect(distributeMaterials({ actor: member, ip: IP, input: { meetingId: m.meeting.id, declarationId: m.declA.id, groupNo: 2 } })).rejects.toThrow(
      "只有主任委员或评议组组长可以执行此操作",
    );
    await expect(distributeMaterials({ actor: leader2, ip: IP, input: { meetingId: m.meeting.id, declarationId: m.declA.id, groupNo: 4 } })).rejects.toThrow("评委会只有3个评议组");
    await expect(recordGroupOpinion({ actor: leader2, ip: IP, input: { meetingId: m.meeting.id, declarationId: m.declA.id, opinion: "同意" } })).rejects.toThrow(
      "该申报分发在第1评议组，只有该组组长可以填写意见",
    );
    await recordGroupOpinion({ actor: leader1, ip: IP, input: { meetingId: m.meeting.id, declarationId: m.declA.id, opinion: "业绩突出，建议通过" } });
    expect(await db.meetingDeclaration.findUniqueOrThrow({ where: { declarationId: m.declA.id } })).toMatchObject({ groupNo: 1, groupOpinion: "业绩突出，建议通过" });
    await openVoting({ actor: m.chair, ip: IP, input: { meetingId: m.meeting.id, attendingExpertIds: m.members.map((x) => x.expertId), voteEnd: "2026-11-10T18:00" }, now: VOTE_DAY });
    await expect(distributeMaterials({ actor: m.chair, ip: IP, input: { meetingId: m.meeting.id, declarationId: m.declA.id, groupNo: 2 } })).rejects.toThrow(
      "评审会议当前状态为「投票中」，不能分发材料",
    );
  });

  it("an expired filing cannot open the vote, and the refusal says why", async () => {
    const m = await meetingWorld();
    await db.evaluationFiling.update({ where: { id: m.filing.id }, data: { validTo: "2026-11-09" } });
    await expect(
      openVoting({ actor: m.chair, ip: IP, input: { meetingId: m.meeting.id, attendingExpertIds: m.members.map((x) => x.expertId), voteEnd: "2026-11-10T18:00" }, now: VOTE_DAY }),
    ).rejects.toThrow("该评审权备案已于2026-11-09到期，不能组织评审");
    await expect(createMeeting({ actor: m.w.organizer, ip: IP, input: { roundId: m.w.round.id, name: "另一次评审会" }, now: VOTE_DAY })).rejects.toThrow("已于2026-11-09到期");
  });

  it("only the chair opens the vote, only with everything distributed and members present", async () => {
    const m = await meetingWorld();
    const input = { meetingId: m.meeting.id, attendingExpertIds: m.members.map((x) => x.expertId), voteEnd: "2026-11-10T18:00" };
    await expect(openVoting({ actor: m.byRole("GROUP_LEADER")[0].actor, ip: IP, input, now: VOTE_DAY })).rejects.toThrow("只有主任委员可以执行此操作");
    await expect(openVoting({ actor: m.chair, ip: IP, input: { ...input, attendingExpertIds: [m.pool[0].id, "not-a-member"] }, now: VOTE_DAY })).rejects.toThrow("出席专家须为本评委会成员");
    await expect(openVoting({ actor: m.chair, ip: IP, input: { ...input, voteEnd: "2026-11-10T08:00" }, now: VOTE_DAY })).rejects.toThrow("投票截止时间须晚于当前时间");
    await db.meetingDeclaration.update({ where: { declarationId: m.declB.id }, data: { groupNo: null } });
    await expect(openVoting({ actor: m.chair, ip: IP, input, now: VOTE_DAY })).rejects.toThrow("还有1份申报材料未分发到评议组");
  });

  it("of two 统票 at once exactly one counts", async () => {
    const v = await votingWorld();
    const results = await Promise.allSettled([0, 1].map(() => tallyMeeting({ actor: v.chair, ip: IP, meetingId: v.meeting.id, now: DURING_VOTE })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.auditLog.count({ where: { entityId: v.meeting.id, action: "统票" } })).toBe(1);
  });
});
