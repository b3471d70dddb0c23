import type { NextRequest } from "next/server";
import { z } from "zod";
import { textField } from "@/lib/validation/fields";
import { notFound } from "@/lib/errors";
import { xlsxResponse } from "@/lib/export/xlsx";
import { personRoute } from "@/lib/http/route";
import { exportQueue } from "@/lib/review/export-queue";
import { isQueueKey } from "@/lib/review/queue-config";
import { queueFilterSchema } from "@/lib/review/queue-filter";

const exportSchema = z.object({ queue: textField().max(40), filter: queueFilterSchema });

// 导出 of a reviewer queue: what its filters show, as .xlsx.
export async function GET(req: NextRequest, { params }: { params: Promise<{ queue: string }> }) {
  const input = async () => ({ tooLarge: false as const, value: { queue: (await params).queue, filter: Object.fromEntries(req.nextUrl.searchParams) } });
  return personRoute(req, { schema: exportSchema, input, respond: ({ buffer, filename }: { buffer: Buffer; filename: string }) => xlsxResponse(buffer, filename) }, ({ actor, data }) => {
    if (!isQueueKey(data.queue)) throw notFound("没有这个列表");
    return exportQueue({ actor, key: data.queue, filter: { ...data.filter, page: 1 } });
  });
}
