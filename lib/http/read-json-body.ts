// A route handler's JSON body, read no further than its limit: a body sent without Content-Length (chunked) is
// otherwise read whole into memory before anything can refuse it.

export type JsonBody = { tooLarge: true } | { tooLarge: false; value: unknown };

export async function readJsonBody(req: Request, maxBytes: number): Promise<JsonBody> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return { tooLarge: true };
  if (!req.body) return { tooLarge: false, value: null };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  try {
    return { tooLarge: false, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { tooLarge: false, value: null };
  }
}
