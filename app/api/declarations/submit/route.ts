import type { NextRequest } from "next/server";
import { personRoute } from "@/lib/http/route";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { submitDeclarationSchema } from "@/lib/declarations/schemas";

// 申报: the row's button posts the declaration and the state it shows; the answer carries the row's new state.
// This request takes the whole burst at the window's opening, so it is a plain route that proxy.ts does not see
// (a server action would add Next's action pipeline and the proxy's adapter to every press: README, 申报高峰).
export async function POST(req: NextRequest) {
  return personRoute(req, { schema: submitDeclarationSchema, input: { json: 1024 }, successMessage: "申报成功" }, async ({ actor, ip, data: { id, status, version } }) => {
    const now = new Date();
    const moved = await submitDeclaration({ actor, ip, id, now, seen: { status, version } });
    return { status: moved, submittedAt: now.toISOString() };
  });
}
