import "server-only";
import type { PersonActor } from "@/lib/auth/permissions";
import { routePerson } from "@/lib/auth/route-session";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/download-response";

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
    return downloadResponse(file.bytes, { filename: file.name, contentType: file.mime, inline: SHOWN_INLINE.has(file.mime) });
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 404 });
    throw e;
  }
}
