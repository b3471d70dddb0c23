// One request-size limit from proxy to action: 单位注册 carries two files of up to 5MB plus its text, an attachment
// upload one file of up to 10MB. next.config.ts gives the same figure to Next (proxy body buffer, server actions).

export const MAX_REQUEST_MB = 12;
export const MAX_REQUEST_BYTES = MAX_REQUEST_MB * 1024 * 1024;

/** How deep a server action's JSON arguments may nest; the deepest form (申报表) needs 5. */
export const MAX_ACTION_JSON_DEPTH = 16;

/** React's decoder refuses (by throwing) server action arguments whose arrays hold more than this many elements and characters. */
export const MAX_ACTION_ARRAY_SLOTS = 1_000_000;
