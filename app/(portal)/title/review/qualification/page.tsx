import type { Metadata } from "next";
import { QueueRoute } from "@/components/review/queue-route";

export const metadata: Metadata = { title: "资格性审查" };

export default function QualificationQueuePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  return <QueueRoute queue="qualification" searchParams={searchParams} intro="推荐至本部门的申报：通过、退回补充材料（一次写明全部缺少的材料和补正期限）或不通过。逾期未补正的可以不通过。" />;
}
