import { useId } from "react";

// A labelled control with its message tied to it (aria-describedby), so tests and screen readers find both.

type FieldProps = {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
};

export function Field({ label, error, hint, required, children }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? messageId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="text-sm font-medium text-slate-700">
        <label htmlFor={id}>{label}</label>
        {required ? <span className="ml-0.5 text-red-600" aria-hidden="true">*</span> : null}
      </div>
      {children({ id, "aria-invalid": !!error, "aria-describedby": describedBy })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <p id={messageId} className="min-h-4 text-xs text-red-600" aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
}

export const inputClass =
  "w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-500 disabled:bg-slate-100";
