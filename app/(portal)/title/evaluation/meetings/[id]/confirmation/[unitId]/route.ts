import type { NextRequest } from "next/server";
import { z } from "zod";
import { textField } from "@/lib/validation/fields";
import { downloadResponse } from "@/lib/export/download-response";
import { renderConfirmationPdf } from "@/lib/evaluation/meeting-results";
import { fromParams, personRoute } from "@/lib/http/route";

const paramsSchema = z.object({ id: textField().min(1).max(64), unitId: textField().min(1).max(64) });

// 评审通过确认单: one applicant unit's passed applicants, printable after the result publicity.
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string; unitId: string }> }) {
  return personRoute(
    req,
    { schema: paramsSchema, input: fromParams(params), respond: ({ pdf, filename }: { pdf: Buffer; filename: string }) => downloadResponse(pdf, { filename, contentType: "application/pdf" }) },
    ({ actor, data }) => renderConfirmationPdf({ actor, meetingId: data.id, unitId: data.unitId }),
  );
}
