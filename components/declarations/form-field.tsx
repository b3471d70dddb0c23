"use client";

import { errorAt } from "./error-at";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";

// A text, date, month or select input bound to the declaration form by its path, with its message next to it.

type Props = {
  name: string;
  label: string;
  type?: "text" | "date" | "month" | "tel" | "number";
  options?: readonly string[] | { value: string; label: string }[];
  required?: boolean;
  hint?: string;
  multiline?: boolean;
};

export function FormField({ name, label, type = "text", options, required = true, hint, multiline }: Props) {
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, name);
  return (
    <Field label={label} error={error} required={required} hint={hint}>
      {(a) =>
        options ? (
          <select {...a} {...register(name)} className={inputClass}>
            <option value="">请选择</option>
            {options.map((o) => {
              const { value, label: text } = typeof o === "string" ? { value: o, label: o } : o;
              return (
                <option key={value} value={value}>
                  {text}
                </option>
              );
            })}
          </select>
        ) : multiline ? (
          <textarea {...a} {...register(name)} rows={3} className={inputClass} />
        ) : (
          <input {...a} {...register(name)} type={type} inputMode={type === "number" ? "numeric" : undefined} className={inputClass} />
        )
      }
    </Field>
  );
}
