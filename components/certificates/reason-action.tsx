"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useLeaveBehind } from "@/components/ui/decision-outcome";
import { callAction } from "@/components/ui/call-action";

/** 退回 with a reason typed beside it (a photo to its owner, a batch to its unit); the server decides. Its message outlives it in an `OutcomeBoard`. */
export function ReasonAction<P>({
  action,
  payload,
  label,
  reasonLabel,
  subject,
}: {
  action: (p: P & { reason: string }) => Promise<ActionState>;
  payload: P;
  label: string;
  reasonLabel: string;
  subject: string;
}) {
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionState>();
  useLeaveBehind(result);
  const [pending, start] = useTransition();
  const error = result?.fieldErrors?.reason ?? (result && !result.ok ? result.message : undefined);
  return (
    <span className="inline-flex flex-wrap items-start gap-1">
      <label htmlFor={id} className="sr-only">
        {`${reasonLabel}（${subject}）`}
      </label>
      <input
        id={id}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={reasonLabel}
        aria-invalid={!!error}
        aria-describedby={`${id}-message`}
        className={`${inputClass} w-40 py-1`}
      />
      <Button
        variant="danger"
        className="px-3 py-1"
        disabled={pending}
        aria-label={`${label} ${subject}`}
        onClick={() =>
          start(async () => {
            const res = await callAction(action({ ...payload, reason }));
            setResult(res);
            if (res.ok) router.refresh();
          })
        }
      >
        {label}
      </Button>
      <span id={`${id}-message`} role="status" className={`w-full text-xs ${result?.ok ? "text-green-700" : "text-red-600"}`}>
        {result?.ok ? result.message : (error ?? "")}
      </span>
    </span>
  );
}
