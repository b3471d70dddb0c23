import type { FieldValues } from "react-hook-form";
import type { ActionState } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { RowAction } from "@/components/ui/row-action";
import { SchemaForm } from "@/components/ui/schema-form";

type Request = { id: string; createdAt: Date; unit: { name: string }; superior: { name: string } };

/** 归口申请 addressed to the actor's units, each with 通过 and 不通过 (with a reason). */
export function SuperiorRequests({
  requests,
  approve,
  reject,
}: {
  requests: Request[];
  approve: (input: { id: string }) => Promise<ActionState>;
  reject: (input: FieldValues) => Promise<ActionState>;
}) {
  return (
    <section className="mb-6">
      <h2 className="mb-2 font-semibold">待审核的归口申请</h2>
      <ul className="flex flex-col gap-2">
        {requests.map((r) => (
          <li key={r.id} className="flex flex-wrap items-start gap-3 rounded border p-3 text-sm" data-testid="superior-request">
            <span className="min-w-60">
              {r.unit.name} 申请归口到 {r.superior.name}（{formatShanghai(r.createdAt, "yyyy-MM-dd HH:mm")}）
            </span>
            <RowAction action={approve} payload={{ id: r.id }} label="通过" variant="primary" ariaLabel={`通过 ${r.unit.name}`} />
            <SchemaForm
              schema="reject"
              action={reject}
              fields={[{ name: "id", label: "", type: "hidden" }, { name: "reason", label: `不通过原因（${r.unit.name}）` }]}
              defaults={{ id: r.id, reason: "" }}
              submitLabel="不通过"
              className="flex flex-wrap items-end gap-2"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
