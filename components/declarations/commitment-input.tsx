"use client";

import { errorAt } from "./error-at";
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { COMMITMENT_TEXT } from "@/lib/declarations/schemas";

/** 诚信承诺书: shown in full and typed by the applicant; pasting or dropping text is refused with a message. */
export function CommitmentInput() {
  const { register, formState } = useFormContext();
  const [blocked, setBlocked] = useState<string>();
  const error = blocked ?? errorAt(formState.errors, "commitment");
  const refuse = (e: React.SyntheticEvent) => {
    e.preventDefault();
    setBlocked("请逐字输入承诺书内容，不能粘贴");
  };
  return (
    <div className="flex flex-col gap-2">
      <blockquote className="rounded border-l-4 border-brand-700 bg-slate-50 p-3 text-sm leading-relaxed" data-testid="commitment-text">
        {COMMITMENT_TEXT}
      </blockquote>
      <Field label="请完整输入诚信承诺书" error={error} required>
        {(a) => (
          <textarea
            {...a}
            {...register("commitment", { onChange: () => setBlocked(undefined) })}
            rows={4}
            onPaste={refuse}
            onDrop={refuse}
            autoComplete="off"
            spellCheck={false}
            className={inputClass}
          />
        )}
      </Field>
    </div>
  );
}
