// What Chromium sends when an applicant presses 申报 on /title/declarations: one JSON POST to the declarations' submit
// route with the row's declaration and the state it shows. The e2e spec declarations-press.spec.ts records a real
// click and checks it against this.

export const SUBMIT_PATH = "/api/declarations/submit";
export const DECLARATIONS_PAGE = "/title/declarations";

const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

/** The row's button sends the declaration and the state it shows (a fresh draft: DRAFT, version 0). */
export function pressRequest(opts: { origin: string; cookie: string; declarationId: string; status?: string; version?: number }) {
  return {
    method: "POST",
    path: SUBMIT_PATH,
    headers: {
      accept: "*/*",
      "accept-encoding": "gzip, deflate, br, zstd",
      "content-type": "application/json",
      cookie: opts.cookie,
      origin: opts.origin,
      referer: `${opts.origin}${DECLARATIONS_PAGE}`,
      "user-agent": USER_AGENT,
    },
    body: JSON.stringify({ id: opts.declarationId, status: opts.status ?? "DRAFT", version: opts.version ?? 0 }),
  };
}

/** The framework's floor for one press: the same request to a route that reads its JSON body and answers a constant. */
export const FLOOR_PATH = "/api/health";

/** The answer is the route's ActionState as JSON. */
export function pressSucceeded(status: number, body: string) {
  return status === 200 && body.includes('"ok":true');
}
