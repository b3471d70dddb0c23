import type { NextRequest } from "next/server";
import { runAction } from "@/lib/action";
import { ipFromHeaders } from "@/lib/request-ip";
import { guardRequest } from "@/lib/http/request-guard";
import { readJsonBody } from "@/lib/http/read-json-body";
import { lookupSchema } from "@/lib/certificates/schemas";
import { lookupCertificates } from "@/lib/certificates/lookup-certificates";
import { RateLimited } from "@/lib/errors";

// 证书查询's one request (public): the form's JSON in, the confirmed certificates found (ID masked) out.
// proxy.ts does not see this route (the hot public path): the same first checks run here.
const MAX_BODY_BYTES = 4 * 1024;

export async function POST(req: NextRequest) {
  const refused = await guardRequest(req);
  if (refused) return refused;
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (body.tooLarge) return Response.json({ ok: false, message: "查询内容过长" }, { status: 413 });
  let limited: RateLimited | undefined;
  const res = await runAction(lookupSchema, body.value, (criteria) =>
    lookupCertificates({ ip: ipFromHeaders(req.headers), criteria }).catch((e: unknown) => {
      if (e instanceof RateLimited) limited = e;
      throw e;
    }),
  );
  if (limited) return Response.json(res, { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": String(limited.retryAfterSeconds) } });
  return Response.json(res, { status: res.ok ? 200 : 400, headers: { "Cache-Control": "no-store" } });
}
