"use client";

import { DecisionPanel } from "@/components/ui/decision-panel";
import { reviewFilingAction } from "@/lib/evaluation/actions";

/**
 * 评审权备案审核 (主管部门) and its approval (省人社厅): 通过 / 不通过 with an opinion. Once the filing has left the
 * stage (`open` false) the panel is the message of what was done here, or nothing.
 */
export function FilingReviewPanel({ id, version, stage, open }: { id: string; version: number; stage: "dept" | "province"; open: boolean }) {
  const run = (pass: boolean) => (opinion: string) => reviewFilingAction({ id, version, pass: String(pass), opinion });
  return (
    <DecisionPanel
      title={stage === "dept" ? "评审权备案审核" : "评审权备案审批"}
      open={open}
      opinionLabel="审核意见"
      decisions={[
        { label: "通过", run: run(true) },
        { label: "不通过", variant: "danger", run: run(false) },
      ]}
    />
  );
}
