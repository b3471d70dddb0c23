import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { expertMeetings, type ExpertMeeting } from "@/lib/evaluation/expert-meetings";
import { MEETING, MEETING_STATUS_LABELS, TALLY_LABELS } from "@/lib/evaluation/rules";
import { BALLOT_CHOICE_LABELS, COMMITTEE_ROLE_LABELS } from "@/lib/evaluation/schemas";
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


function Declarations({ meeting }: { meeting: ExpertMeeting }) {
  const leads = meeting.myRole !== "MEMBER";
  const mayVote = meeting.status === MEETING.voting && meeting.attending;
  return (
    <Table head={["申报人", "身份证号", "单位", "申报职称", "评议组", "评议组意见", meeting.status === MEETING.tallied ? "结果" : "投票", "操作"]} caption={`${meeting.name}申报材料`}>
      {meeting.declarations.map((d) => (
        <tr key={d.declarationId} className="border-b border-slate-100 align-top" data-testid="agenda-row">
          <td className="p-2">{d.applicantName}</td>
          <td className="p-2">{d.idNumberMasked}</td>
          <td className="p-2">{d.unitName}</td>
          <td className="p-2">
            {LEVEL_LABELS[d.level]} {d.titleName}
          </td>
          <td className="p-2">
            {leads && meeting.status === MEETING.preparing ? (
              <DistributeControl meetingId={meeting.id} declarationId={d.declarationId} applicantName={d.applicantName} groupNo={d.groupNo} groupCount={meeting.groupCount} />
            ) : d.groupNo ? (
              `第${d.groupNo}评议组`
            ) : (
              "未分发"
            )}
          </td>
          <td className="p-2">
            {leads && meeting.status !== MEETING.tallied && d.groupNo && (meeting.myRole === "CHAIR" || meeting.myGroupNo === d.groupNo) ? (
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
            {meeting.status === MEETING.tallied ? (
              d.outcome ? `${TALLY_LABELS[d.outcome]}（实到${d.attending}人，同意${d.yes}、不同意${d.no}、弃权${d.abstain}）` : ""
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
              {m.committeeName}；状态：{MEETING_STATUS_LABELS[m.status]}；本人：{COMMITTEE_ROLE_LABELS[m.myRole]}（第{m.myGroupNo}评议组）
              {m.voteEnd ? `；投票截止 ${formatShanghai(m.voteEnd, "yyyy-MM-dd HH:mm")}` : ""}
              {m.status === MEETING.voting && !m.attending ? "；您未出席本次会议，不能投票" : ""}
            </p>
            <p className="text-xs text-slate-500">投票为无记名投票：系统只记录您是否已投票，不记录您投了什么；投票后不能更改。</p>
          </div>
          <OutcomeBoard>
            <Declarations meeting={m} />
            {m.myRole === "CHAIR" && m.status === MEETING.preparing ? <OpenVotingForm meeting={m} /> : null}
            {m.myRole === "CHAIR" && m.status === MEETING.voting ? (
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
