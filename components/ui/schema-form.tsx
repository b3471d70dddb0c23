"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionState } from "@/lib/errors";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useLeaveBehind } from "@/components/ui/decision-outcome";
import { FORM_SCHEMAS, type FormSchemaKey } from "./form-schemas";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "date" | "textarea" | "select" | "checkbox" | "hidden";
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
};

/**
 * A form of labelled fields validated by a shared zod schema on both sides; server refusals land next to their field.
 * A form that its own success takes off the page (不通过 on a row that leaves its list) leaves its message to the `OutcomeBoard`.
 */
export function SchemaForm({
  schema,
  action,
  fields,
  defaults,
  submitLabel,
  resetOnSuccess,
  className,
}: {
  schema: FormSchemaKey;
  action: (input: FieldValues) => Promise<ActionState>;
  fields: FieldSpec[];
  defaults: Record<string, string | boolean>;
  submitLabel: string;
  resetOnSuccess?: boolean;
  className?: string;
}) {
  const router = useRouter();
  const [result, setResult] = useState<ActionState>();
  useLeaveBehind(result);
  // The registry holds one schema per key; its exact type does not matter to the generic form.
  const form = useForm<FieldValues>({ resolver: zodResolver(FORM_SCHEMAS[schema] as never) as unknown as Resolver<FieldValues>, defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: FieldValues) {
    const res = await action(values);
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) form.setError(field as Path<FieldValues>, { message });
    setResult(res);
    if (res.ok) {
      if (resetOnSuccess) form.reset(defaults);
      router.refresh();
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className={className ?? "flex flex-col gap-3"}>
      {fields.map((f) => {
        const error = errors[f.name]?.message as string | undefined;
        if (f.type === "hidden") return <input key={f.name} type="hidden" {...form.register(f.name)} />;
        if (f.type === "checkbox")
          return (
            <div key={f.name} className="flex flex-col gap-1">
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" {...form.register(f.name)} aria-invalid={!!error} aria-describedby={`${f.name}-msg`} className="mt-1" />
                <span>{f.label}</span>
              </label>
              <p id={`${f.name}-msg`} className="min-h-4 text-xs text-red-600" aria-live="polite">
                {error ?? ""}
              </p>
            </div>
          );
        return (
          <Field key={f.name} label={f.label} error={error} hint={f.hint} required={f.required ?? true}>
            {(a) =>
              f.type === "select" ? (
                <select {...a} {...form.register(f.name)} className={inputClass}>
                  <option value="">请选择</option>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.type === "textarea" ? (
                <textarea {...a} {...form.register(f.name)} rows={3} className={inputClass} />
              ) : (
                <input {...a} {...form.register(f.name)} type={f.type === "date" ? "date" : "text"} className={inputClass} />
              )
            }
          </Field>
        );
      })}
      <FormMessage ok={result?.ok} message={result?.message} />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
