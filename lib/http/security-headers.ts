// Security headers of every response. The static ones go out through next.config.ts headers() (static files
// included) and again from proxy.ts on the responses it makes; the Content-Security-Policy carries a per-request
// nonce, so proxy.ts builds it (Next puts the nonce on its own inline scripts when the request carries the policy).

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  // For browsers that predate CSP's frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** For JSON answers: nothing in them may load or run, and nothing may frame them. */
export const JSON_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The JSON endpoints proxy.ts does not see (its matcher says why); next.config.ts gives them their headers. */
export const UNPROXIED_JSON_PATHS = ["/api/health", "/api/certificates/lookup", "/api/declarations/submit"];

export const HSTS = "max-age=31536000; includeSubDomains";

export function contentSecurityPolicy(nonce: string, opts: { dev: boolean }) {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the scripts Next loads with the nonce load their chunks; dev needs eval for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce() {
  return btoa(crypto.randomUUID());
}
