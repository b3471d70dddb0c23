import { createServer } from "node:http";
import next from "next";
import { parseTrustedProxies, stampForwardedHeaders } from "../lib/client-ip";
import { answerOutageAs503 } from "../lib/database-outage";

// Serves the app (`tsx scripts/serve.ts [--dev] [-p PORT] [-H HOST]`) like `next start`, with one difference: forwarded headers
// are kept only from a trusted proxy (TRUSTED_PROXIES), and the socket's peer is appended to X-Forwarded-For as a
// proxy would, so the app's client address (lib/request-ip.ts) cannot be chosen by the client. Next itself only
// fills X-Forwarded-For when the client sent none. And a page that failed for want of the database answers 503 with
// Retry-After rather than 500 (lib/database-outage.ts).

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const portFlag = args.indexOf("-p");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 3000));
const hostFlag = args.indexOf("-H");
const hostname = hostFlag >= 0 ? args[hostFlag + 1] : undefined;
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  stampForwardedHeaders(req.headers, req.socket.remoteAddress ?? "unknown", trusted);
  answerOutageAs503(req, res);
  void handle(req, res);
});
server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname, () => {
  console.log(`▲ ready on http://${hostname ?? "localhost"}:${port}${dev ? " (dev)" : ""}`);
});

// A load balancer stops an instance with SIGTERM: finish the requests in flight, take no new ones, then exit
// (an exit, not a kill, so `node --cpu-prof` still writes its profile).
const SHUTDOWN_GRACE_MS = 10_000;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  });
}
