import "server-only";
import { Readable } from "node:stream";
import type { PersonActor } from "@/lib/auth/permissions";
import { routePerson } from "@/lib/auth/route-session";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/download-response";
import { fileStorage } from "./file-storage";
import type { StoredObject } from "./storage-interface";

/** A stored file on its way to the browser: its bytes still a stream from the storage. */
export type ServedFile = StoredObject & { mime: string; name: string };

/** Types a browser may show in place (all sniffed from content at upload); anything else downloads. */
const SHOWN_INLINE = new Set(["image/png", "image/jpeg", "application/pdf"]);

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
 * Every stored-file route: 401 without a session, 404 for a file the reader may not see (the same answer as a
 * missing one), never cached, never sniffed by the browser.
 */
export async function serveFile(read: (actor: PersonActor) => Promise<ServedFile>): Promise<Response> {
  const actor = await routePerson();
  if (!actor) return Response.json({ message: "请先登录" }, { status: 401 });
  try {
    return servedFileResponse(await read(actor));
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 404 });
    throw e;
  }
}
