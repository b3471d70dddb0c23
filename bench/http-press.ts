import http from "node:http";
import zlib from "node:zlib";

// The load generator's client: node:http with keep-alive, one connection per concurrent applicant (as each browser
// holds its own), no client-side connect timeout (a browser waits for the server rather than giving up after 10 s).

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function decode(encoding: string | undefined, body: Buffer): string {
  if (encoding === "gzip") return zlib.gunzipSync(body).toString("utf8");
  if (encoding === "br") return zlib.brotliDecompressSync(body).toString("utf8");
  if (encoding === "deflate") return zlib.inflateSync(body).toString("utf8");
  return body.toString("utf8");
}

export type Answer = { status: number; body: string };

export function send(base: string, req: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<Answer> {
  const url = new URL(req.path, base);
  return new Promise((resolve, reject) => {
    const r = http.request(url, { method: req.method, headers: req.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: decode(res.headers["content-encoding"], Buffer.concat(chunks)) });
        } catch (e) {
          reject(e);
        }
      });
      res.on("error", reject);
    });
    r.on("error", reject);
    r.end(req.body);
  });
}

export function closeConnections() {
  agent.destroy();
}
