import { z } from "zod";
import { notFound } from "@/lib/errors";
import { recordIdField, textField } from "@/lib/validation/fields";
import { downloadResponse } from "@/lib/export/download-response";
import { fromParams, publicRoute } from "@/lib/http/route";
import { renderRunningPublicityPdf } from "@/lib/review/running-publicities";
import { isPublicityKind } from "@/lib/review/publicity-labels";

const paramsSchema = z.object({ kind: textField().max(40), id: recordIdField });

// 公示表 of a running publicity, for anyone; a finished one is not found.
export async function GET(req: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  return publicRoute(
    req,
    { schema: paramsSchema, input: fromParams(params), respond: ({ pdf, filename }: { pdf: Buffer; filename: string }) => downloadResponse(pdf, { filename, contentType: "application/pdf" }) },
    ({ data: { kind, id } }) => {
      if (!isPublicityKind(kind)) throw notFound("公示不存在");
      return renderRunningPublicityPdf({ kind, id });
    },
  );
}
