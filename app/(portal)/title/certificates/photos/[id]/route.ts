import { serveFile } from "@/lib/storage/file-response";
import { readCertificatePhoto } from "@/lib/certificates/read-certificate-photo";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveFile((actor) => readCertificatePhoto({ actor, certificateId: id }));
}
