import { get, type FieldErrors } from "react-hook-form";

/** The message at a form path; a list's own message may sit on it or on its `root`. */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  const e = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return e?.message ?? e?.root?.message;
}
