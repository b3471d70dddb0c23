import type { NextRequest } from "next/server";
import { z } from "zod";
import { NO_INPUT, personRoute } from "@/lib/http/route";
import { xlsxResponse } from "@/lib/export/xlsx";
import { certificateTemplate } from "@/lib/certificates/certificate-template";

export async function GET(req: NextRequest) {
  return personRoute(req, { schema: z.object({}), input: NO_INPUT, permission: "certificate.entry", respond: (buffer: Buffer) => xlsxResponse(buffer, "证书补录导入模板") }, () =>
    certificateTemplate(),
  );
}
