"use client";

import { useState } from "react";
import Link from "next/link";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { canMove, isEditable, isSubmittable, MOVES } from "@/lib/declarations/state-machine";
import { formatShanghai } from "@/lib/time";
import { RowAction } from "@/components/ui/row-action";
import { StatusBadge } from "./status-badge";
import { submitDeclarationRequest } from "./submit-request";

const linkButton = "inline-flex rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100";

/** One row of 个人职称申报. After 申报 the row takes its new state from the answer: the press fetches nothing else. */
export function DeclarationRow({
  row,
}: {
  row: { id: string; version: number; roundName: string; levelLabel: string; titleName: string; status: DeclarationStatus; submittedAt: Date | null };
}) {
  const [state, setState] = useState({ status: row.status, submittedAt: row.submittedAt?.toISOString() ?? null, message: "" });
  const { status } = state;
  return (
    <tr className="border-b border-slate-100 align-top" data-testid="declaration-row">
      <td className="p-2">{row.roundName}</td>
      <td className="p-2">{row.levelLabel}</td>
      <td className="p-2">{row.titleName}</td>
      <td className="p-2">
        <StatusBadge status={status} />
      </td>
      <td className="p-2">{state.submittedAt ? formatShanghai(new Date(state.submittedAt), "yyyy-MM-dd HH:mm") : "—"}</td>
      <td className="flex flex-wrap gap-2 p-2">
        {isEditable(status) && !canMove("resubmitSupplement", status) ? (
          <Link href={`/title/declarations/${row.id}/edit`} className={linkButton}>
            编辑
          </Link>
        ) : null}
        {isSubmittable(status) ? (
          <RowAction
            label={MOVES.submit.label}
            payload={{ id: row.id, status, version: row.version }}
            action={submitDeclarationRequest}
            variant="primary"
            onSuccess={(res) => res.data && setState({ ...res.data, message: res.message ?? "" })}
          />
        ) : null}
        {canMove("resubmitSupplement", status) ? (
          <Link href={`/title/supplements/${row.id}`} className={linkButton}>
            补充申报材料
          </Link>
        ) : null}
        <Link href={`/title/declarations/${row.id}/track`} className={linkButton}>
          跟踪
        </Link>
        {state.message ? (
          <span role="status" data-testid="row-message" className="text-xs text-green-700">
            {state.message}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
