import type { Metadata } from "next";
import { ReviewRoute } from "@/components/review/queue-route";
import { QualificationPanel } from "@/components/review/qualification-panel";
import { movableBy } from "@/lib/declarations/state-machine";

export const metadata: Metadata = { title: "审核" };

/** The bureau decides a declaration while one of its moves applies. */
const OPEN = movableBy("hrBureau");

export default function QualificationReviewPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <ReviewRoute
      queue="qualification"
      params={params}
      panel={(d, today) => <QualificationPanel id={d.id} version={d.version} status={d.status} overdue={d.overdue} today={today} open={OPEN.includes(d.status)} />}
    />
  );
}
