import type { Metadata } from "next";
import { ReviewRoute } from "@/components/review/queue-route";
import { QualificationPanel } from "@/components/review/qualification-panel";

export const metadata: Metadata = { title: "审核" };

const OPEN = ["RECOMMENDED", "DEPT_APPROVED", "NEEDS_SUPPLEMENT"];

export default function QualificationReviewPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <ReviewRoute
      queue="qualification"
      params={params}
      panel={(d, today) => <QualificationPanel id={d.id} version={d.version} status={d.status} overdue={d.overdue} today={today} open={OPEN.includes(d.status)} />}
    />
  );
}
