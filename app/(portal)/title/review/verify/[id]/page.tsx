import type { Metadata } from "next";
import { ReviewRoute } from "@/components/review/queue-route";
import { VerifyPanel } from "@/components/review/queue-panels";
import { canMove } from "@/lib/declarations/state-machine";

export const metadata: Metadata = { title: "审核" };

export default function VerifyReviewPage({ params }: { params: Promise<{ id: string }> }) {
  return <ReviewRoute queue="verify" params={params} panel={(d) => <VerifyPanel id={d.id} version={d.version} open={canMove("verifyPass", d.status)} />} />;
}
