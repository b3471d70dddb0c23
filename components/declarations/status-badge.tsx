import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { SETBACKS, START, STATUS_LABELS } from "@/lib/declarations/state-machine";

export function StatusBadge({ status }: { status: DeclarationStatus }) {
  const tone = SETBACKS.includes(status) ? "bg-amber-100 text-amber-900" : status === START ? "bg-slate-100 text-slate-700" : "bg-green-100 text-green-800";
  return <span className={`rounded px-2 py-0.5 text-xs ${tone}`}>{STATUS_LABELS[status]}</span>;
}
