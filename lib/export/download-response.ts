/**
 * A file (公示表 PDF, Excel list, a stored upload streamed with its size …) sent to the browser: named in Chinese as
 * RFC 6266/5987 allow, never cached, never sniffed.
 */
export function downloadResponse(
  body: Uint8Array | ReadableStream<Uint8Array>,
  o: { filename: string; contentType: string; inline?: boolean; size?: number },
): Response {
  const bytes = body instanceof Uint8Array;
  return new Response(bytes ? new Uint8Array(body) : body, {
    headers: {
      "Content-Type": o.contentType,
      "Content-Length": String(bytes ? body.byteLength : o.size),
      "Content-Disposition": contentDisposition(o.filename, o.inline ? "inline" : "attachment"),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** An ASCII fallback name for old clients, then the real name percent-encoded as an RFC 5987 ext-value. */
export function contentDisposition(filename: string, kind: "attachment" | "inline" = "attachment") {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
