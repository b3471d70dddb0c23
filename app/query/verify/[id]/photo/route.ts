import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/download-response";
import { verifiedCertificatePhoto } from "@/lib/certificates/certificate-for-public";

// The photo on the public 验证 page: reached only with the certificate's verification code; anything else is 404.
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const photo = await verifiedCertificatePhoto({ id, code: new URL(req.url).searchParams.get("code") ?? "" });
    return downloadResponse(photo.bytes, { filename: photo.name, contentType: photo.mime, inline: true });
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 404 });
    throw e;
  }
}
