import "server-only";
import type { PersonActor } from "@/lib/auth/permissions";
import { routePerson } from "@/lib/auth/route-session";
import { AppError } from "@/lib/errors";

export type ServedFile = { bytes: Buffer; mime: string; name: string };

/** Types a browser may show in place (all sniffed from content at upload); anything else downloads. */
const SHOWN_INLINE = new Set(["image/png", "image/jpeg", "application/pdf"]);

/**
 * Every stored-file route: 401 without a session, 404 for a file the reader may not see (the same answer as a
 * missing one), never cached, never sniffed by the browser.
 */
export async function serveFile(read: (actor: PersonActor) => Promise<ServedFile>): Promise<Response> {
  const actor = await routePerson();
  if (!actor) return Response.json({ message: "请先登录" }, { status: 401 });
  try {
    const file = await read(actor);
    const disposition = SHOWN_INLINE.has(file.mime) ? "inline" : "attachment";
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mime,
        "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 404 });
    throw e;
  }
}
