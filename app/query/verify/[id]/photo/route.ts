import { AppError } from "@/lib/errors";
import { servedFileResponse } from "@/lib/storage/file-response";
import { verifiedCertificatePhoto } from "@/lib/certificates/certificate-for-public";

// The photo on the public 验证 page: reached only with the certificate's verification code; anything else is 404.
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    return servedFileResponse(await verifiedCertificatePhoto({ id, code: new URL(req.url).searchParams.get("code") ?? "" }));
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 404 });
    throw e;
  }
}
