"use client";

import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/errors";
import { callAction } from "@/components/ui/call-action";

/** A masked mobile with 查看: the server returns the full number (and audits the look) only to a reviewer in scope. */
export function ContactMobile({
  masked,
  unitId,
  unitName,
  reveal,
}: {
  masked: string;
  unitId: string;
  unitName: string;
  reveal: (p: { id: string }) => Promise<ActionState & { data?: { mobile: string } }>;
}) {
  const [pending, start] = useTransition();
  const [shown, setShown] = useState<string>();
  const [message, setMessage] = useState<string>();
  if (shown) return <span data-testid="contact-mobile">{shown}</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span data-testid="contact-mobile">{masked}</span>
      <button
        type="button"
        className="text-brand-700 underline"
        aria-label={`查看 ${unitName} 联系人手机号`}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await callAction(reveal({ id: unitId }));
            if (res.ok && "data" in res && res.data) setShown(res.data.mobile);
            else setMessage(res.message);
          })
        }
      >
        查看
      </button>
      {message ? <span className="text-red-700" role="status">{message}</span> : null}
    </span>
  );
}
