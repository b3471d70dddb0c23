import type { Metadata } from "next";
import { ReviewRoute } from "@/components/review/queue-route";
import { DeptPanel } from "@/components/review/queue-panels";
import { canMove } from "@/lib/declarations/state-machine";

export const metadata: Metadata = { title: "审核" };

export default function DeptReviewPage({ params }: { params: Promise<{ id: string }> }) {
  return <ReviewRoute queue="dept" params={params} panel={(d) => <DeptPanel id={d.id} version={d.version} open={canMove("deptApprove", d.status)} />} />;
}
