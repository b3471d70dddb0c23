import "server-only";
import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { textField } from "@/lib/validation/fields";
import type { PersonActor } from "@/lib/auth/permissions";
import { downloadResponse } from "@/lib/export/download-response";
import { fromParams, personRoute } from "@/lib/http/route";
import { fileStorage } from "./file-storage";
import type { StoredObject } from "./storage-interface";

/** A stored file on its way to the browser: its bytes still a stream from the storage. */
export type ServedFile = StoredObject & { mime: string; name: string };

/** Types a browser may show in place (all sniffed from content at upload); anything else downloads. */
const SHOWN_INLINE = new Set(["image/png", "image/jpeg", "application/pdf"]);

const idParams = z.object({ id: textField().min(1).max(64) });

/** Opens the file a record names (its storage key, sniffed type and kept name) for serving. */
export async function servedFile(record: { storageKey: string; mime: string; name: string }): Promise<ServedFile> {
  return { ...(await fileStorage().open(record.storageKey)), mime: record.mime, name: record.name };
}

/** The file streamed from the storage to the browser, never whole in memory. */
export function servedFileResponse(file: ServedFile): Response {
  const body = Readable.toWeb(file.body) as ReadableStream<Uint8Array>;
  return downloadResponse(body, { size: file.size, filename: file.name, contentType: file.mime, inline: SHOWN_INLINE.has(file.mime) });
}

/**
 * Every stored-file route, `…/[id]`: through the route chain (401 without a session, 404 for a file the reader may not
 * see, the same answer as a missing one), never cached, never sniffed by the browser.
 */
export async function serveFile(req: NextRequest, params: Promise<{ id: string }>, read: (actor: PersonActor, id: string) => Promise<ServedFile>): Promise<Response> {
  return personRoute(
    req,
    { schema: idParams, input: fromParams(params), respond: servedFileResponse },
    ({ actor, data }) => read(actor, data.id),
  );
}
