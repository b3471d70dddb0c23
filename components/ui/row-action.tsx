"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import { Button } from "./button";
import { useLeaveBehind } from "./decision-outcome";
import { callAction } from "./call-action";

/**
 * One button acting on one row (申报, 提交, 通过, 解绑 …); the server decides, the row shows its answer. After a
 * success the page is fetched again, unless `onSuccess` updates the row from the answer itself; when that takes the
 * button off the page, the message stays with the surrounding `OutcomeBoard`.
 */
export function RowAction<P, R extends ActionState>({
  action,
  payload,
  label,
  variant = "secondary",
  ariaLabel,
  onSuccess,
}: {
  action: (p: P) => Promise<R>;
  payload: P;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  ariaLabel?: string;
  onSuccess?: (result: R) => void;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionState>();
  useLeaveBehind(result);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant={variant}
        aria-label={ariaLabel}
        disabled={pending}
        className="px-3 py-1"
        onClick={() =>
          start(async () => {
            const res = await callAction(action(payload));
            setResult(res);
            if (!res.ok) return;
            if (onSuccess) onSuccess(res as R);
            else router.refresh();
          })
        }
      >
        {label}
      </Button>
      {result?.message ? (
        <span role="status" data-testid="row-message" className={`text-xs ${result.ok ? "text-green-700" : "text-red-600"}`}>
          {result.message}
        </span>
      ) : null}
    </span>
  );
}
