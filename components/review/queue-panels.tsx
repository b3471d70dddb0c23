"use client";

import { deptReviewAction, verifyAction } from "@/lib/review/actions";
import { DecisionPanel } from "@/components/ui/decision-panel";

type Ref = { id: string; version: number; open: boolean };

export function VerifyPanel({ id, version, open }: Ref) {
  return (
    <DecisionPanel
      title="核验"
      open={open}
      opinionLabel="核验意见"
      decisions={[
        { label: "核验通过", run: (opinion) => verifyAction({ id, version, pass: true, opinion }) },
        { label: "核验不通过", variant: "danger", run: (opinion) => verifyAction({ id, version, pass: false, opinion }) },
      ]}
    />
  );
}

export function DeptPanel({ id, version, open }: Ref) {
  return (
    <DecisionPanel
      title="推荐审核"
      open={open}
      opinionLabel="审核意见"
      decisions={[
        { label: "通过", run: (opinion) => deptReviewAction({ id, version, approve: true, opinion }) },
        { label: "退回", variant: "danger", run: (opinion) => deptReviewAction({ id, version, approve: false, opinion }) },
      ]}
    />
  );
}
