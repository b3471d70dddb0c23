import type { Metadata } from "next";
import { QueueRoute } from "@/components/review/queue-route";

export const metadata: Metadata = { title: "单位内部核验" };

export default function VerifyQueuePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  return <QueueRoute queue="verify" searchParams={searchParams} intro="本单位申报人点击“申报”后，在此审核申报材料：点击“审核”查看申报详情，填写核验意见后核验通过或核验不通过。" />;
}
