"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import type { ExpertMeeting } from "@/lib/evaluation/expert-meetings";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import { useLeaveBehind } from "@/components/ui/decision-outcome";
import { callAction } from "@/components/ui/call-action";
import { distributeAction, openVotingAction } from "@/lib/evaluation/actions";

function useSubmit() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionState>();
  useLeaveBehind(result);
  const run = (action: () => Promise<ActionState>) =>
    start(async () => {
      const res = await callAction(action());
      setResult(res);
      if (res.ok) router.refresh();
    });
  return { pending, result, run };
}

/** 分发材料: one declaration to one 评议组. */
export function DistributeControl({ meetingId, declarationId, applicantName, groupNo, groupCount }: { meetingId: string; declarationId: string; applicantName: string; groupNo: number | null; groupCount: number }) {
  const { pending, result, run } = useSubmit();
  const [group, setGroup] = useState(groupNo ? String(groupNo) : "");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <label className="text-sm">
        <span className="sr-only">{applicantName}的评议组</span>
        <select aria-label={`${applicantName}的评议组`} value={group} onChange={(e) => setGroup(e.target.value)} className={inputClass}>
          <Options empty="请选择评议组" items={Array.from({ length: groupCount }, (_, i) => ({ value: String(i + 1), label: `第${i + 1}评议组` }))} />
        </select>
      </label>
      <Button variant="secondary" className="px-3 py-1" disabled={pending} aria-label={`分发 ${applicantName}`} onClick={() => run(() => distributeAction({ meetingId, declarationId, groupNo: group }))}>
        分发
      </Button>
      {result?.message ? <span data-testid="row-message" className={`text-xs ${result.ok ? "text-green-700" : "text-red-600"}`}>{result.message}</span> : null}
    </span>
  );
}

/** 开始投票: the chair ticks the experts present and sets when voting closes. */
export function OpenVotingForm({ meeting }: { meeting: ExpertMeeting }) {
  const { pending, result, run } = useSubmit();
  const errors = result?.fieldErrors ?? {};
  return (
    <form
      aria-label="开始投票"
      className="flex flex-col gap-3 rounded border border-slate-200 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        run(() => openVotingAction({ meetingId: meeting.id, attendingExpertIds: data.getAll("attendingExpertIds"), voteEnd: data.get("voteEnd") }));
      }}
    >
      <h3 className="font-medium">开始投票</h3>
      <fieldset aria-describedby="attending-message">
        <legend className="text-sm font-medium text-slate-700">出席专家</legend>
        <div className="flex flex-wrap gap-3">
          {meeting.members.map((m) => (
            <label key={m.expertId} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="attendingExpertIds" value={m.expertId} defaultChecked />
              {m.name}
            </label>
          ))}
        </div>
        <p id="attending-message" className="min-h-4 text-xs text-red-600" aria-live="polite">
          {errors.attendingExpertIds ?? ""}
        </p>
      </fieldset>
      <Field label="投票截止时间（北京时间）" error={errors.voteEnd} required>
        {(a) => <input {...a} type="datetime-local" name="voteEnd" className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          开始投票
        </Button>
      </div>
      <FormMessage ok={result?.ok} message={result?.message} />
    </form>
  );
}
