import type { NextRequest } from "next/server";
import { refusal, refusalResponse, type Refusal } from "@/lib/refusal";
import { MAX_ACTION_ARRAY_SLOTS, MAX_ACTION_JSON_DEPTH, MAX_REQUEST_BYTES, MAX_REQUEST_MB } from "./request-limits";

// The first look at every request, in proxy.ts, before Next parses anything: what a hostile client can send that
// would otherwise reach Next's own parsers or PostgreSQL and come back as a 500. Each refusal is a 4xx with a
// Chinese message, in the shape and with the status of its cause (lib/refusal.ts).

const CONTROL = /[\u0000-\u001f\u007f]/;
const ACTION_TYPES = ["text/plain", "multipart/form-data", "application/x-www-form-urlencoded"];
const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST"]);

const MALFORMED = refusal("invalid", "请求内容格式不正确");
const TOO_DEEP = refusal("invalid", "请求内容层级过深");
const TOO_LARGE = refusal("tooLarge", `提交的内容过大，单次请求不能超过${MAX_REQUEST_MB}MB`);
const TOO_MANY = refusal("tooLarge", "提交的内容过多，请减少列表中的条目或文字后重试");

const refuse = (r: Refusal) => refusalResponse(r);

function decoded(value: string) {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The Origin a browser sends on a POST must be this site; "null", garbage and other sites are refused. */
export function originAllowed(origin: string | null, host: string | null) {
  if (origin === null) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

// React encodes a server action's arguments as JSON in which a string starting with "$" is a reference (a user's own
// "$" is escaped as "$$"). Our actions take plain values, a date or a FormData; any other reference, or one that does
// not resolve, makes React's decoder throw before the action runs, so it is refused here.
const PLAIN_REFERENCE = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D\d{4}-|n-?\d+$)/;
const FORM_DATA_REFERENCE = /^\$K[0-9a-f]+$/;

/**
 * React's decoder counts each array's elements and the characters of every string inside an array, and throws (an
 * HTTP 500) past its limit; the same count refuses such a body here first.
 */
function argumentsProblem(value: unknown, opts: { formData: boolean }, count: { slots: number }, depth = 0): Refusal | null {
  if (depth > MAX_ACTION_JSON_DEPTH) return TOO_DEEP;
  if (typeof value === "string") {
    count.slots += value.length;
    if (count.slots > MAX_ACTION_ARRAY_SLOTS) return TOO_MANY;
    const ok = !value.startsWith("$") || PLAIN_REFERENCE.test(value) || (opts.formData && FORM_DATA_REFERENCE.test(value));
    return ok ? null : MALFORMED;
  }
  if (value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) count.slots += value.length + 1;
  if (count.slots > MAX_ACTION_ARRAY_SLOTS) return TOO_MANY;
  for (const child of Object.values(value)) {
    const problem = argumentsProblem(child, opts, count, depth + 1);
    if (problem) return problem;
  }
  return null;
}

function argumentListProblem(text: string, opts: { formData: boolean }): Refusal | null {
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return MALFORMED;
  }
  return Array.isArray(args) ? argumentsProblem(args, opts, { slots: 0 }) : MALFORMED;
}

async function actionBodyProblem(req: NextRequest, type: string): Promise<Refusal | null> {
  // Next hands proxy.ts at most the configured limit of a body sent without Content-Length; reaching it means more.
  const bytes = await req.clone().arrayBuffer();
  if (bytes.byteLength >= MAX_REQUEST_BYTES) return TOO_LARGE;
  if (type === "text/plain") return argumentListProblem(new TextDecoder().decode(bytes), { formData: false });
  const form = await new Response(bytes, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData().catch(() => null);
  if (!form) return MALFORMED;
  // A script's call carries its argument list as field "0"; a plain form post (no script) has none.
  const args = form.get("0");
  if (req.headers.has("next-action") && typeof args !== "string") return MALFORMED;
  return typeof args === "string" ? argumentListProblem(args, { formData: true }) : null;
}

export async function guardRequest(req: NextRequest): Promise<Response | null> {
  if (!ALLOWED_METHODS.has(req.method)) return refuse(refusal("methodNotAllowed", "不支持的请求方法"));
  const url = req.nextUrl;
  const path = decoded(url.pathname);
  if (path === null || CONTROL.test(path)) return refuse(refusal("invalid", "请求地址包含无效字符"));
  for (const [key, value] of url.searchParams) {
    if (CONTROL.test(key) || CONTROL.test(value)) return refuse(refusal("invalid", "查询条件包含无效字符"));
  }
  if (req.method !== "POST") return null;

  const length = Number(req.headers.get("content-length") ?? 0);
  if (!Number.isFinite(length) || length > MAX_REQUEST_BYTES) return refuse(TOO_LARGE);
  if (!originAllowed(req.headers.get("origin"), req.headers.get("x-forwarded-host") ?? req.headers.get("host"))) {
    return refuse(refusal("forbidden", "请求来源不正确"));
  }
  // A POST to a page is a server action (with the Next-Action header from script, or a plain form post whose body
  // names the action); Next decodes its body before any of our code runs. Route handlers parse their own bodies.
  if (url.pathname.startsWith("/api/")) return null;
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!ACTION_TYPES.includes(type)) return req.headers.has("next-action") ? refuse(MALFORMED) : null;
  const problem = await actionBodyProblem(req, type);
  return problem ? refuse(problem) : null;
}
