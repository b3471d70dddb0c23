import { routePerson } from "@/lib/auth/route-session";
import { AppError } from "@/lib/errors";
import { xlsxResponse } from "@/lib/export/xlsx";
import { exportQueue } from "@/lib/review/export-queue";
import { isQueueKey } from "@/lib/review/queue-config";
import { queueFilterSchema } from "@/lib/review/queue-filter";

// 导出 of a reviewer queue: what its filters show, as .xlsx.
export async function GET(req: Request, { params }: { params: Promise<{ queue: string }> }) {
  const actor = await routePerson();
  if (!actor) return Response.json({ message: "请先登录" }, { status: 401 });
  const { queue } = await params;
  if (!isQueueKey(queue)) return Response.json({ message: "没有这个列表" }, { status: 404 });
  const filter = queueFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  try {
    const { buffer, filename } = await exportQueue({ actor, key: queue, filter: { ...filter, page: 1 } });
    return xlsxResponse(buffer, filename);
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 403 });
    throw e;
  }
}
