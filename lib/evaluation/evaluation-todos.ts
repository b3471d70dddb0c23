import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { can, type PersonActor } from "@/lib/auth/permissions";
import { conflictSql } from "./conflict";
import { filingTodoWhere } from "./list-filings";
import { MEETING } from "./rules";

type Todo = { label: string; href: string; count: number };

/** 待办 of the evaluation stage: filings waiting for the actor's review, and ballots the actor has yet to cast. */
export async function evaluationTodos(actor: PersonActor, now = new Date()): Promise<Todo[]> {
  const todos: Todo[] = [];
  if (can(actor, "filing.deptReview") || can(actor, "filing.approve")) {
    const count = await db.evaluationFiling.count({ where: filingTodoWhere(actor) });
    todos.push({ label: `评审权备案审核 ${count} 条待审核`, href: "/title/evaluation/filing-review", count });
  }
  if (can(actor, "evaluation.review")) {
    const [{ count }] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count
        FROM "MeetingDeclaration" md
        JOIN "ReviewMeeting" m ON m.id = md."meetingId"
        JOIN "CommitteeMember" cm ON cm."committeeId" = m."committeeId"
        JOIN "Expert" e ON e.id = cm."expertId"
        JOIN "Declaration" d ON d.id = md."declarationId"
       WHERE e."userId" = ${actor.userId} AND m.status = ${MEETING.voting}::"MeetingStatus" AND m."voteEnd" >= ${now} AND cm."expertId" = ANY(m."attendingExpertIds")
         AND NOT ${conflictSql(Prisma.sql`e.id`)}
         AND NOT EXISTS (SELECT 1 FROM "BallotParticipation" p WHERE p."meetingId" = m.id AND p."declarationId" = d.id AND p."expertId" = e.id)`;
    todos.push({ label: `在线评审 ${count} 份待投票`, href: "/title/evaluation/review", count });
  }
  return todos;
}
