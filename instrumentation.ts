import type { Instrumentation } from "next";
import { noteRequestError } from "./lib/database-outage";

// Every server-side error of a request passes here (Next logs it as well): one caused by an unreachable database
// turns the page's 500 into 503 with Retry-After (lib/database-outage.ts). Noted before the first await, while the
// page's answer has not been written yet.
export const onRequestError: Instrumentation.onRequestError = async (error, request) => {
  noteRequestError(error, request.headers);
};
