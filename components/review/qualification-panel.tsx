"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SUPPLEMENT_SECTIONS, type SupplementSection } from "@/lib/declarations/supplement-sections";
import { canMove } from "@/lib/declarations/state-machine";
import { qualifyAction, rejectAction, supplementAction } from "@/lib/review/actions";
import { DecisionOutcome } from "@/components/ui/decision-outcome";
import { callAction } from "@/components/ui/call-action";

type Kind = "qualify" | "supplement" | "reject";
type Props = { id: string; version: number; status: DeclarationStatus; overdue: boolean; today: string; open: boolean };

/**
 * 资格性审查: 通过; 退回补充材料 naming every missing part with a 补正期限; 不通过 with a reason. Once decided
 * (`open` false) only the message of the decision stays, through the refresh that shows the new status.
 */
export function QualificationPanel({ id, version, status, overdue, today, open }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionState>();
  const [opinion, setOpinion] = useState("");
  const [sections, setSections] = useState<SupplementSection[]>([]);
  const [note, setNote] = useState("");
  const [deadline, setDeadline] = useState("");
  const [reason, setReason] = useState(overdue ? "逾期未补正" : "");
  const [last, setLast] = useState<Kind>();
  const run = (kind: Kind, call: () => Promise<ActionState>) =>
    start(async () => {
      const res = await callAction(call());
      setLast(kind);
      setResult(res);
      if (res.ok) router.refresh();
    });
  // The three decisions name their text "opinion" alike: a refusal belongs to the one just tried.
  const errorsOf = (kind: Kind) => (last === kind ? (result?.fieldErrors ?? {}) : {});
  const awaiting = canMove("qualify", status);
  if (!open) return <DecisionOutcome result={result} />;
  return (
    <section aria-labelledby="qualification-title" className="flex flex-col gap-4 rounded border border-brand-700/30 bg-white p-4">
      <h2 id="qualification-title" className="font-semibold">
        资格性审查
      </h2>
      {awaiting ? (
        <div>
          <Field label="审查意见" error={errorsOf("qualify").opinion}>
            {(p) => <textarea {...p} rows={2} value={opinion} onChange={(e) => setOpinion(e.target.value)} className={inputClass} />}
          </Field>
          <Button disabled={pending} onClick={() => run("qualify", () => qualifyAction({ id, version, opinion }))}>
            通过
          </Button>
        </div>
      ) : null}
      {awaiting ? (
        <fieldset className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">退回补充材料</legend>
          <p className="mb-2 text-xs text-slate-500">勾选需补充的部分（申报人只能修改所勾选的部分），一次写明全部缺少的材料。</p>
          <div className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" role="group" aria-describedby="sections-error">
            {(Object.entries(SUPPLEMENT_SECTIONS) as [SupplementSection, string][]).map(([key, label]) => (
              <label key={key} className="inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={sections.includes(key)}
                  onChange={(e) => setSections((s) => (e.target.checked ? [...s, key] : s.filter((k) => k !== key)))}
                />
                {label}
              </label>
            ))}
          </div>
          <p id="sections-error" className="min-h-4 text-xs text-red-600" aria-live="polite">
            {errorsOf("supplement").sections ?? ""}
          </p>
          <Field label="需补充的材料说明" error={errorsOf("supplement").opinion}>
            {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} className={inputClass} />}
          </Field>
          <Field label="补正期限" error={errorsOf("supplement").deadline}>
            {(p) => <input {...p} type="date" min={today} value={deadline} onChange={(e) => setDeadline(e.target.value)} className={inputClass} />}
          </Field>
          <Button variant="secondary" disabled={pending} onClick={() => run("supplement", () => supplementAction({ id, version, sections, opinion: note, deadline }))}>
            退回补充材料
          </Button>
        </fieldset>
      ) : null}
      {awaiting || overdue ? (
        <div>
          <Field label="不通过原因" error={errorsOf("reject").opinion}>
            {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />}
          </Field>
          <Button variant="danger" disabled={pending} onClick={() => run("reject", () => rejectAction({ id, version, opinion: reason }))}>
            不通过
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">申报人正在补充材料；补正期限届满仍未提交的，可以“逾期未补正”为由不通过。</p>
      )}
      <FormMessage ok={result?.ok} message={result?.message} />
    </section>
  );
}
