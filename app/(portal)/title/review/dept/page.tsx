import type { Metadata } from "next";
import { QueueRoute } from "@/components/review/queue-route";

export const metadata: Metadata = { title: "职称评审推荐审核" };

export default function DeptQueuePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  return <QueueRoute queue="dept" searchParams={searchParams} intro="下级单位推荐上报的申报：审核通过的转至单位所在行政区划的人社部门资格性审查；退回的回到推荐单位，修改后可再次上报。" />;
}
