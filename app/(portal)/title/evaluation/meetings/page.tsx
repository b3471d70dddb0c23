import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listMeetings } from "@/lib/evaluation/list-meetings";
import { MEETING, MEETING_STATUS_LABELS } from "@/lib/evaluation/rules";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/list-page";
import { SchemaForm } from "@/components/ui/schema-form";
import { createMeetingAction } from "@/lib/evaluation/actions";

export const metadata: Metadata = { title: "线上评审管理" };

export default async function MeetingsPage() {
  const actor = await requirePermission("evaluation.manage");
  const { rounds, meetings } = await listMeetings({ actor });
  return (
    <div className="flex flex-col gap-6">
      <PageTitle title="线上评审管理" trail={["职称评审子系统", "评审管理", "线上评审管理"]} />
      <section aria-label="新增评审会议" className="rounded border border-slate-200 p-4">
        <h2 className="mb-3 font-medium">新增评审会议</h2>
        <p className="mb-3 text-sm text-slate-600">会议列入所选批次全部资格审查通过、尚未评审的申报；评审权备案须已批准且在有效期内，评委会须已抽取。</p>
        <SchemaForm
          schema="meeting"
          action={createMeetingAction}
          fields={[
            { name: "roundId", label: "申报批次", type: "select", options: rounds.map((r) => ({ value: r.id, label: r.name })) },
            { name: "name", label: "会议名称" },
          ]}
          defaults={{ roundId: "", name: "" }}
          submitLabel="新增"
          resetOnSuccess
          className="grid gap-x-4 sm:grid-cols-2"
        />
      </section>
      <Table head={["会议名称", "评委会", "状态", "申报数", "已分发", "投票截止", "结果", "操作"]} caption="评审会议">
        {meetings.map((m) => (
          <tr key={m.id} className="border-b border-slate-100" data-testid="meeting-row">
            <td className="p-2">{m.name}</td>
            <td className="p-2">{m.committeeName}</td>
            <td className="p-2">{MEETING_STATUS_LABELS[m.status]}</td>
            <td className="p-2">{m.total}</td>
            <td className="p-2">{m.distributed}</td>
            <td className="p-2">{m.voteEnd ? formatShanghai(m.voteEnd, "yyyy-MM-dd HH:mm") : ""}</td>
            <td className="p-2">{m.status === MEETING.tallied ? `通过${m.passed}人，未通过${m.failed}人${m.noQuorum ? `，未达法定人数${m.noQuorum}人` : ""}` : ""}</td>
            <td className="p-2">
              {m.status === MEETING.tallied ? (
                <Link href={`/title/evaluation/meetings/${m.id}`} className="text-brand-700 underline" aria-label={`评审结果公示 ${m.name}`}>
                  评审结果公示
                </Link>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
