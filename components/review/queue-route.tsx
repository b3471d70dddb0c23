import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { listRoundOptions } from "@/lib/rounds/list-rounds";
import { listQueue } from "@/lib/review/list-queue";
import { getReviewDetail, type ReviewDetail } from "@/lib/review/get-review-detail";
import { QUEUES, type QueueKey } from "@/lib/review/queue-config";
import { queueFilterSchema } from "@/lib/review/queue-filter";
import { QueueList } from "./queue-list";
import { ReviewPage } from "./review-page";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A queue page: the reviewer's permission, the filters from the URL, the scoped list. */
export async function QueueRoute({
  queue,
  searchParams,
  ...rest
}: { queue: QueueKey; searchParams: SearchParams } & Omit<React.ComponentProps<typeof QueueList>, "queue" | "list" | "filter" | "rounds" | "detailHref"> & {
  detailHref?: (id: string) => string;
}) {
  const actor = await requirePermission(QUEUES[queue].permission);
  const filter = queueFilterSchema.parse(await searchParams);
  const [list, rounds] = await Promise.all([listQueue({ actor, key: queue, filter }), listRoundOptions()]);
  return <QueueList queue={queue} list={list} filter={filter} rounds={rounds} detailHref={rest.detailHref ?? ((id) => `${QUEUES[queue].href}/${id}`)} {...rest} />;
}

/** A 审核 page: the declaration as this queue's reviewer may see it (404 outside its scope) and its decision panel. */
export async function ReviewRoute({ queue, params, panel }: { queue: QueueKey; params: Promise<{ id: string }>; panel: (d: ReviewDetail, today: string) => React.ReactNode }) {
  const actor = await requirePermission(QUEUES[queue].permission);
  const detail = await getReviewDetail({ actor, key: queue, id: (await params).id }).catch((e) => {
    if (e instanceof AppError) notFound();
    throw e;
  });
  return <ReviewPage queue={queue} detail={detail} panel={panel(detail, formatShanghai(new Date(), "yyyy-MM-dd"))} />;
}
