import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { castVote } from "@/lib/evaluation/cast-vote";
import { tallyMeeting } from "@/lib/evaluation/tally-meeting";
import { expertMeetings } from "@/lib/evaluation/expert-meetings";
import { evaluationTodos } from "@/lib/evaluation/evaluation-todos";
import { readableDeclarationSql } from "@/lib/review/readable";
import type { VoteValues } from "@/lib/evaluation/schemas";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { IP } from "./declarations-fixtures";
import { DURING_VOTE, votingWorld } from "./evaluation-fixtures";

type Actor = Parameters<typeof castVote>[0]["actor"];
const vote = (actor: Actor, meetingId: string, declarationId: string, choice: VoteValues["choice"], now = DURING_VOTE) =>
  castVote({ actor, ip: IP, input: { meetingId, declarationId, choice }, now });
const castAll = async (voters: Actor[], meetingId: string, declarationId: string, choices: VoteValues["choice"][]) => {
  for (const [i, choice] of choices.entries()) await vote(voters[i], meetingId, declarationId, choice);
};

describe("线上评审：秘密投票与统票", () => {
  it("passes at 2/3 of those attending, fails below, the recused expert neither sees nor votes; results move the declarations", async () => {
    const v = await votingWorld();
    // 11 members, 11 attending: 8 同意 pass (24 ≥ 22).
    await castAll(v.voters, v.meeting.id, v.declA.id, ["YES", "YES", "YES", "YES", "YES", "YES", "YES", "NO", "NO", "ABSTAIN"]);
    await vote(v.recused, v.meeting.id, v.declA.id, "YES");
    // The applicant of B is of the recused expert's unit: 10 attending for B, 6 同意 fail (18 < 20).
    await expect(vote(v.recused, v.meeting.id, v.declB.id, "YES")).rejects.toThrow("您须回避该申报人，不能对其投票");
    await castAll(v.voters, v.meeting.id, v.declB.id, ["YES", "YES", "YES", "YES", "YES", "YES", "NO", "NO", "NO", "ABSTAIN"]);

    const seen = await expertMeetings({ actor: v.recused });
    expect(seen[0].declarations.map((d) => d.declarationId)).toEqual([v.declA.id]);
    const readable = await db.$queryRaw<{ id: string }[]>`SELECT d.id FROM "Declaration" d WHERE d.id IN (${v.declA.id}, ${v.declB.id}) AND ${readableDeclarationSql(v.recused)}`;
    expect(readable.map((r) => r.id)).toEqual([v.declA.id]);

    const results = await tallyMeeting({ actor: v.chair, ip: IP, meetingId: v.meeting.id, now: shanghaiLocalToInstant("2026-11-10T17:00") });
    const byId = Object.fromEntries(results.map((r) => [r.declarationId, r]));
    expect(byId[v.declA.id]).toMatchObject({ outcome: "PASSED", attending: 11, yes: 8, no: 2, abstain: 1 });
    expect(byId[v.declB.id]).toMatchObject({ outcome: "FAILED", attending: 10, yes: 6, no: 3, abstain: 1 });
    expect((await db.declaration.findUniqueOrThrow({ where: { id: v.declA.id } })).status).toBe("PASSED");
    expect((await db.declaration.findUniqueOrThrow({ where: { id: v.declB.id } })).status).toBe("FAILED");
    const event = await db.declarationEvent.findFirstOrThrow({ where: { declarationId: v.declA.id, toStatus: "PASSED" } });
    expect(event).toMatchObject({ action: "评审通过", actorUnitName: v.filing.committeeName, opinion: "应到11人，实到11人；同意8票，不同意2票，弃权1票" });
  });

  it("refuses a second vote and a change of vote; 待办 counts the ballots still to cast", async () => {
    const v = await votingWorld();
    const waiting = async (actor: Actor) => (await evaluationTodos(actor, DURING_VOTE)).find((t) => t.href === "/title/evaluation/review")?.label;
    expect(await waiting(v.voters[0])).toBe("在线评审 2 份待投票");
    expect(await waiting(v.recused)).toBe("在线评审 1 份待投票");
    await vote(v.voters[0], v.meeting.id, v.declA.id, "YES");
    expect(await waiting(v.voters[0])).toBe("在线评审 1 份待投票");
    await expect(vote(v.voters[0], v.meeting.id, v.declA.id, "NO")).rejects.toThrow("您已对该申报投票，投票后不能重复投票或更改");
    await expect(Promise.all([vote(v.voters[1], v.meeting.id, v.declA.id, "NO"), vote(v.voters[1], v.meeting.id, v.declA.id, "NO")])).rejects.toThrow("不能重复投票");
    expect(await db.ballot.count({ where: { meetingId: v.meeting.id, declarationId: v.declA.id } })).toBe(2);
  });

  it("refuses a vote after 统票 and after the window", async () => {
    const v = await votingWorld();
    await expect(vote(v.voters[0], v.meeting.id, v.declA.id, "YES", shanghaiLocalToInstant("2026-11-10T18:01"))).rejects.toThrow("投票已于2026-11-10 18:00截止，不能再投票");
    await tallyMeeting({ actor: v.chair, ip: IP, meetingId: v.meeting.id, now: DURING_VOTE });
    await expect(vote(v.voters[0], v.meeting.id, v.declA.id, "YES")).rejects.toThrow("评审会议已统票，不能再投票");
    await expect(tallyMeeting({ actor: v.chair, ip: IP, meetingId: v.meeting.id, now: DURING_VOTE })).rejects.toThrow("评审会议当前状态为「已统票」，不能统票");
  });

  it("refuses a proxy: nobody votes but the attending member in person, and only the chair tallies", async () => {
    const v = await votingWorld({ attending: 9 });
    await expect(vote(v.w.organizer, v.meeting.id, v.declA.id, "YES")).rejects.toThrow("评审会议不存在或您不是该评委会成员");
    const absent = v.members.map((m) => m.expertId).filter((id) => !v.voters.some((a) => v.actors.get(id) === a) && v.actors.get(id) !== v.recused);
    expect(absent).toHaveLength(2);
    await expect(vote(v.actors.get(absent[0])!, v.meeting.id, v.declA.id, "YES")).rejects.toThrow("您未出席本次评审会议，不能投票");
    const notChair = v.voters.find((a) => a !== v.chair)!;
    await expect(tallyMeeting({ actor: notChair, ip: IP, meetingId: v.meeting.id, now: DURING_VOTE })).rejects.toThrow("只有主任委员可以执行此操作");
    expect(await db.ballot.count({ where: { meetingId: v.meeting.id } })).toBe(0);
  });

  it("a committee below quorum yields no result: the declarations stay QUALIFIED", async () => {
    // 7 of 11 attend: 3·7 = 21 < 22.
    const v = await votingWorld({ attending: 7 });
    await castAll(v.voters, v.meeting.id, v.declA.id, ["YES", "YES", "YES", "YES", "YES", "YES"]);
    const results = await tallyMeeting({ actor: v.chair, ip: IP, meetingId: v.meeting.id, now: DURING_VOTE });
    expect(results.map((r) => r.outcome)).toEqual(["NO_QUORUM", "NO_QUORUM"]);
    expect((await db.declaration.findUniqueOrThrow({ where: { id: v.declA.id } })).status).toBe("QUALIFIED");
    expect(await db.declarationEvent.count({ where: { declarationId: v.declA.id } })).toBe(0);
  });

  it("the ballot table cannot tell who voted how", async () => {
    const v = await votingWorld();
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'Ballot' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(["choice", "declarationId", "id", "meetingId"]);
    await vote(v.voters[0], v.meeting.id, v.declA.id, "YES");
    const afterFirst = await db.ballot.findMany({ where: { declarationId: v.declA.id } });
    await vote(v.voters[1], v.meeting.id, v.declA.id, "NO");
    await vote(v.voters[2], v.meeting.id, v.declA.id, "ABSTAIN");
    // Every ballot of the declaration was rewritten by the last cast: one writing transaction, fresh ids.
    const ballots = await db.$queryRaw<{ id: string; choice: string; xmin: string }[]>`
      SELECT id, choice::text AS choice, xmin::text AS xmin FROM "Ballot" WHERE "declarationId" = ${v.declA.id}`;
    expect(ballots.map((b) => b.choice).sort()).toEqual(["ABSTAIN", "NO", "YES"]);
    expect(new Set(ballots.map((b) => b.xmin)).size).toBe(1);
    expect(ballots.some((b) => afterFirst.some((f) => f.id === b.id))).toBe(false);
    // Only the last voter's participation shares that transaction, and it shares it with all three ballots alike;
    // the earlier voters' participations share none: no join tells a choice from a voter.
    const participations = await db.$queryRaw<{ expertId: string; xmin: string }[]>`
      SELECT "expertId", xmin::text AS xmin FROM "BallotParticipation" WHERE "declarationId" = ${v.declA.id}`;
    expect(participations.map((p) => p.xmin === ballots[0].xmin).sort()).toEqual([false, false, true]);
    const audit = await db.auditLog.findMany({ where: { entityId: v.meeting.id, action: "投票" } });
    expect(audit.every((a) => !JSON.stringify(a.detail).includes("YES") && !JSON.stringify(a.detail).includes("choice"))).toBe(true);
  });
});
