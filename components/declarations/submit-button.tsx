"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/errors";

/** A row action (申报, 提交) whose refusal is shown beside the row. */
export function RowActionButton({ label, id, action }: { label: string; id: string; action: (input: { id: string }) => Promise<ActionState> }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionState>();
  async function onClick() {
    setBusy(true);
    const res = await action({ id }).catch((): ActionState => ({ ok: false, message: "操作失败，请检查网络后重试" }));
    setBusy(false);
    setResult(res);
    if (res.ok) router.refresh();
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <Button onClick={onClick} disabled={busy} className="px-3 py-1">
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
