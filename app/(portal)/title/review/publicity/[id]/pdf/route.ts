import type { NextRequest } from "next/server";
import { z } from "zod";
import { textField } from "@/lib/validation/fields";
import { downloadResponse } from "@/lib/export/download-response";
import { fromParams, personRoute } from "@/lib/http/route";
import { renderPublicityPdf } from "@/lib/review/publicity-pdf";

const paramsSchema = z.object({ id: textField().min(1).max(64) });

// 公示表: the publicity as a printable PDF to post on the unit's website.
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return personRoute(
    req,
    { schema: paramsSchema, input: fromParams(params), respond: ({ pdf, filename }: { pdf: Buffer; filename: string }) => downloadResponse(pdf, { filename, contentType: "application/pdf" }) },
    ({ actor, data }) => renderPublicityPdf({ actor, id: data.id }),
  );
}
