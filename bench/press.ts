import { readFileSync } from "node:fs";
import path from "node:path";

// What Chromium sends when an applicant presses 申报 on /title/declarations: the page's server action, a POST to the
// page's own URL. The e2e spec declarations-press.spec.ts records a real click and checks it against this.

export const DECLARATIONS_PAGE = "/title/declarations";

/** The router state of /title/declarations as the page's client sends it with every action. */
export const DECLARATIONS_ROUTER_STATE = encodeURIComponent(
  JSON.stringify([
    "",
    { children: ["(portal)", { children: ["title", { children: ["declarations", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, null, 0] },
    null,
    null,
    16,
  ]),
);

const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

/** The server action's id, from the build's manifest (it changes with the action's code). */
export function submitActionId(distDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.filename === "app/(portal)/title/declarations/actions.ts" && a.exportedName === "submitDeclarationAction",
  );
  if (!found) throw new Error(`submitDeclarationAction not in ${distDir}'s server-reference-manifest.json`);
  return found[0];
}

/** The row's button sends the declaration and the state it shows (a fresh draft: DRAFT, version 0). */
export function pressRequest(opts: { origin: string; cookie: string; actionId: string; declarationId: string; status?: string; version?: number }) {
  return {
    method: "POST",
    path: DECLARATIONS_PAGE,
    headers: {
      accept: "text/x-component",
      "accept-encoding": "gzip, deflate, br, zstd",
      "content-type": "text/plain;charset=UTF-8",
      cookie: opts.cookie,
      "next-action": opts.actionId,
      "next-router-state-tree": DECLARATIONS_ROUTER_STATE,
      origin: opts.origin,
      referer: `${opts.origin}${DECLARATIONS_PAGE}`,
      "user-agent": USER_AGENT,
    },
    body: JSON.stringify([{ id: opts.declarationId, status: opts.status ?? "DRAFT", version: opts.version ?? 0 }]),
  };
}

/** The action's answer is React's flight format; the ActionState row carries "ok". */
export function pressSucceeded(status: number, body: string) {
  return status === 200 && body.includes('"ok":true');
}
