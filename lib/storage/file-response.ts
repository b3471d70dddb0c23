import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { textField } from "@/lib/validation/fields";
import type { PersonActor } from "@/lib/auth/permissions";
import { downloadResponse } from "@/lib/export/download-response";
import { fromParams, personRoute } from "@/lib/http/route";

export type ServedFile = { bytes: Buffer; mime: string; name: string };

/** Types a browser may show in place (all sniffed from content at upload); anything else downloads. */
const SHOWN_INLINE = new Set(["image/png", "image/jpeg", "application/pdf"]);

const idParams = z.object({ id: textField().min(1).max(64) });

/**
 * Every stored-file route, `…/[id]`: through the route chain (401 without a session, 404 for a file the reader may not
 * see, the same answer as a missing one), never cached, never sniffed by the browser.
 */
export async function serveFile(req: NextRequest, params: Promise<{ id: string }>, read: (actor: PersonActor, id: string) => Promise<ServedFile>): Promise<Response> {
  return personRoute(
    req,
    { schema: idParams, input: fromParams(params), respond: (file: ServedFile) => downloadResponse(file.bytes, { filename: file.name, contentType: file.mime, inline: SHOWN_INLINE.has(file.mime) }) },
    ({ actor, data }) => read(actor, data.id),
  );
}
