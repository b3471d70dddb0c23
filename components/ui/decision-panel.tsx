"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { DecisionOutcome } from "@/components/ui/decision-outcome";
import { callAction } from "@/components/ui/call-action";

export type Decision = { label: string; variant?: "primary" | "secondary" | "danger"; run: (opinion: string) => Promise<ActionState> };

/**
 * An opinion box and the queue's decisions (核验通过 / 核验不通过, 通过 / 退回); the server decides and says why not.
 * Once decided (`open` false) the panel stays in the page as the message of what was done, so the refresh that
 * shows the new status does not take the message away.
 */
export function DecisionPanel({ title, opinionLabel, decisions, open = true }: { title: string; opinionLabel: string; decisions: Decision[]; open?: boolean }) {
  const router = useRouter();
  const [opinion, setOpinion] = useState("");
  const [result, setResult] = useState<ActionState>();
  const [pending, start] = useTransition();
  if (!open) return <DecisionOutcome result={result} />;
  return (
    <section aria-labelledby="decision-title" className="rounded border border-brand-700/30 bg-white p-4">
      <h2 id="decision-title" className="mb-2 font-semibold">
        {title}
      </h2>
      <Field label={opinionLabel} error={result?.fieldErrors?.opinion}>
        {(props) => <textarea {...props} rows={3} value={opinion} onChange={(e) => setOpinion(e.target.value)} className={inputClass} />}
      </Field>
      <div className="mt-2 flex flex-wrap gap-3">
        {decisions.map((d) => (
          <Button
            key={d.label}
            variant={d.variant}
            disabled={pending}
            onClick={() =>
              start(async () => {
                const res = await callAction(d.run(opinion));
                setResult(res);
                if (res.ok) router.refresh();
              })
            }
          >
            {d.label}
          </Button>
        ))}
      </div>
      <div className="mt-2">
        <FormMessage ok={result?.ok} message={result?.message} />
      </div>
    </section>
  );
}
