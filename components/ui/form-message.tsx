/** The form-level outcome of an action; polite so screen readers announce it, and a success is a status. */
export function FormMessage({ ok, message, id }: { ok?: boolean; message?: string; id?: string }) {
  if (!message) return null;
  return (
    <p
      id={id}
      data-testid="form-message"
      role={ok ? "status" : undefined}
      aria-live="polite"
      className={`rounded px-3 py-2 text-sm ${ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}
    >
      {message}
    </p>
  );
}
