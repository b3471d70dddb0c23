import type { NextRequest } from "next/server";
import { serveFile } from "@/lib/storage/file-response";
import { readCertificatePhoto } from "@/lib/certificates/read-certificate-photo";

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveFile(req, params, (actor, id) => readCertificatePhoto({ actor, certificateId: id }));
}
