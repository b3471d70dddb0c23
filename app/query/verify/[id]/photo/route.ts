import { z } from "zod";
import { textField } from "@/lib/validation/fields";
import { publicRoute } from "@/lib/http/route";
import { servedFileResponse } from "@/lib/storage/file-response";
import { verifiedCertificatePhoto } from "@/lib/certificates/certificate-for-public";

const inputSchema = z.object({ id: textField().max(64), code: textField().max(64) });

// The photo on the public 验证 page: reached only with the certificate's verification code; anything else is 404.
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const input = async () => ({ tooLarge: false as const, value: { id: (await params).id, code: new URL(req.url).searchParams.get("code") ?? "" } });
  return publicRoute(
    req,
    { schema: inputSchema, input, respond: servedFileResponse },
    ({ data }) => verifiedCertificatePhoto(data),
  );
}
