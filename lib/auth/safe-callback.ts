// Where to go after sign-in: only a path on this site. Browsers read "\" as "/" and drop tab, CR and LF inside URLs,
// so "/\evil.example" or "/\t/evil.example" would leave the site; such values, and anything that resolves to another
// origin, fall back to the home page.

const BASE = "http://this-site.invalid";

export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return "/";
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
