import { z } from "zod";
import { textField } from "@/lib/validation/fields";
import { env } from "@/lib/env";
import { downloadResponse } from "@/lib/export/download-response";
import { publicRoute } from "@/lib/http/route";
import { downloadCertificatePdf } from "@/lib/certificates/certificate-for-public";

const inputSchema = z.object({ id: textField().max(64), token: textField().max(512) });

// The electronic certificate, for the holder of the download token a lookup handed out.
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(req.url);
  const origin = env().PUBLIC_BASE_URL ?? `${req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "")}://${req.headers.get("host") ?? url.host}`;
  const input = async () => ({ tooLarge: false as const, value: { id: (await params).id, token: url.searchParams.get("token") ?? "" } });
  return publicRoute(
    req,
    { schema: inputSchema, input, respond: (pdf: { bytes: Buffer; filename: string }) => downloadResponse(pdf.bytes, { filename: pdf.filename, contentType: "application/pdf" }) },
    ({ data }) => downloadCertificatePdf({ ...data, origin }),
  );
}
