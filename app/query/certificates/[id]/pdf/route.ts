import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/download-response";
import { downloadCertificatePdf } from "@/lib/certificates/certificate-for-public";

// The electronic certificate, for the holder of the download token a lookup handed out.
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const url = new URL(req.url);
  const origin = env().PUBLIC_BASE_URL ?? `${req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "")}://${req.headers.get("host") ?? url.host}`;
  try {
    const pdf = await downloadCertificatePdf({ id, token: url.searchParams.get("token") ?? "", origin });
    return downloadResponse(pdf.bytes, { filename: pdf.filename, contentType: "application/pdf" });
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 404 });
    throw e;
  }
}
