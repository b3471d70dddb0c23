import type { NextRequest } from "next/server";
import { publicRoute } from "@/lib/http/route";
import { lookupSchema } from "@/lib/certificates/schemas";
import { lookupCertificates } from "@/lib/certificates/lookup-certificates";

// 证书查询's one request (public): the form's JSON in, the confirmed certificates found (ID masked) out.
// proxy.ts does not see this route (the hot public path): the route chain runs the same first checks.
export async function POST(req: NextRequest) {
  return publicRoute(req, { schema: lookupSchema, input: { json: 4 * 1024 }, tooLargeMessage: "查询内容过长" }, ({ ip, data }) => lookupCertificates({ ip, criteria: data }));
}
