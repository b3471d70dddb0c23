import { runAction } from "@/lib/action";
import { ipFromHeaders } from "@/lib/request-ip";
import { lookupSchema } from "@/lib/certificates/schemas";
import { lookupCertificates } from "@/lib/certificates/lookup-certificates";

// 证书查询's one request (public): the form's JSON in, the confirmed certificates found (ID masked) out.
export async function POST(req: Request) {
  const input = await req.json().catch(() => null);
  const res = await runAction(lookupSchema, input, (criteria) => lookupCertificates({ ip: ipFromHeaders(req.headers), criteria }));
  return Response.json(res, { status: res.ok ? 200 : 400, headers: { "Cache-Control": "no-store" } });
}
