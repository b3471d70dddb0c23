import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { expertMeetings, type ExpertMeeting } from "@/lib/evaluation/expert-meetings";
import { MEETING_STATUS_LABELS } from "@/lib/evaluation/meeting-access";
import { BALLOT_CHOICE_LABELS } from "@/lib/evaluation/schemas";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/list-page";
import { RowAction } from "@/components/ui/row-action";
import { SchemaForm } from "@/components/ui/schema-form";
import { DistributeControl, OpenVotingForm } from "@/components/evaluation/meeting-panels";
import { OutcomeBoard } from "@/components/ui/decision-outcome";
import { groupOpinionAction, tallyAction, voteAction } from "@/lib/evaluation/actions";

export const metadata: Metadata = { title: "在线评审" };

const ROLE_LABELS = { CHAIR: "主任委员", GROUP_LEADER: "评议组组长", MEMBER: "委员" } as const;
const OUTCOME_LABELS = { PASSED: "通过", FAILED: "未通过", NO_QUORUM: "未达法定人数，无结果" } as const;

function Declarations({ meeting }: { meeting: ExpertMeeting }) {
  const leads = meeting.myRole !== "MEMBER";
  const mayVote = meeting.status === "VOTING" && meeting.attending;
  return (
    <Table head={["申报人", "身份证号", "单位", "申报职称", "评议组", "评议组意见", meeting.status === "TALLIED" ? "结果" : "投票", "操作"]} caption={`${meeting.name}申报材料`}>
      {meeting.declarations.map((d) => (
        <tr key={d.declarationId} className="border-b border-slate-100 align-top" data-testid="agenda-row">
          <td className="p-2">{d.applicantName}</td>
          <td className="p-2">{d.idNumberMasked}</td>
          <td className="p-2">{d.unitName}</td>
          <td className="p-2">
            {LEVEL_LABELS[d.level]} {d.titleName}
          </td>
          <td className="p-2">
            {leads && meeting.status === "PREPARING" ? (
              <DistributeControl meetingId={meeting.id} declarationId={d.declarationId} applicantName={d.applicantName} groupNo={d.groupNo} groupCount={meeting.groupCount} />
            ) : d.groupNo ? (
              `第${d.groupNo}评议组`
            ) : (
              "未分发"
            )}
          </td>
          <td className="p-2">
            {leads && meeting.status !== "TALLIED" && d.groupNo && (meeting.myRole === "CHAIR" || meeting.myGroupNo === d.groupNo) ? (
              <SchemaForm
                schema="groupOpinion"
                action={groupOpinionAction}
                fields={[
                  { name: "meetingId", label: "", type: "hidden" },
                  { name: "declarationId", label: "", type: "hidden" },
                  { name: "opinion", label: `${d.applicantName}的评议组意见`, type: "textarea" },
                ]}
                defaults={{ meetingId: meeting.id, declarationId: d.declarationId, opinion: d.groupOpinion ?? "" }}
                submitLabel="保存意见"
              />
            ) : (
              (d.groupOpinion ?? "")
            )}
          </td>
          <td className="p-2">
            {meeting.status === "TALLIED" ? (
              d.outcome ? `${OUTCOME_LABELS[d.outcome]}（实到${d.attending}人，同意${d.yes}、不同意${d.no}、弃权${d.abstain}）` : ""
            ) : d.voted ? (
              "已投票"
            ) : mayVote ? (
              <span className="flex flex-wrap gap-2">
                {(Object.keys(BALLOT_CHOICE_LABELS) as (keyof typeof BALLOT_CHOICE_LABELS)[]).map((choice) => (
                  <RowAction
                    key={choice}
                    action={voteAction}
                    payload={{ meetingId: meeting.id, declarationId: d.declarationId, choice }}
                    label={BALLOT_CHOICE_LABELS[choice]}
                    ariaLabel={`${BALLOT_CHOICE_LABELS[choice]} ${d.applicantName}`}
                  />
                ))}
              </span>
            ) : (
              "未投票"
            )}
          </td>
          <td className="p-2">
            <Link href={`/title/evaluation/review/${meeting.id}/${d.declarationId}`} className="text-brand-700 underline" aria-label={`查看 ${d.applicantName}`}>
              查看
            </Link>
          </td>
        </tr>
      ))}
    </Table>
  );
}

export default async function ExpertReviewPage() {
  const actor = await requirePermission("evaluation.review");
  const meetings = await expertMeetings({ actor });
  return (
    <div className="flex flex-col gap-6">
      <PageTitle title="在线评审" trail={["职称评审子系统", "评审管理", "在线评审"]} />
      {meetings.length === 0 ? <p className="text-sm text-slate-600">暂无评审会议。</p> : null}
      {meetings.map((m) => (
        <section key={m.id} aria-label={m.name} className="flex flex-col gap-3 rounded border border-slate-200 p-4">
          <div>
            <h2 className="font-medium">{m.name}</h2>
            <p className="text-sm text-slate-600" data-testid="meeting-status">
              {m.committeeName}；状态：{MEETING_STATUS_LABELS[m.status]}；本人：{ROLE_LABELS[m.myRole]}（第{m.myGroupNo}评议组）
              {m.voteEnd ? `；投票截止 ${formatShanghai(m.voteEnd, "yyyy-MM-dd HH:mm")}` : ""}
              {m.status === "VOTING" && !m.attending ? "；您未出席本次会议，不能投票" : ""}
            </p>
            <p className="text-xs text-slate-500">投票为无记名投票：系统只记录您是否已投票，不记录您投了什么；投票后不能更改。</p>
          </div>
          <OutcomeBoard>
            <Declarations meeting={m} />
            {m.myRole === "CHAIR" && m.status === "PREPARING" ? <OpenVotingForm meeting={m} /> : null}
            {m.myRole === "CHAIR" && m.status === "VOTING" ? (
              <div>
                <RowAction action={tallyAction} payload={{ meetingId: m.id }} label="统票" variant="primary" />
              </div>
            ) : null}
          </OutcomeBoard>
        </section>
      ))}
    </div>
  );
}
