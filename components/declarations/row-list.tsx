"use client";

import { errorAt } from "./error-at";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField } from "./form-field";

// A repeatable section (教育情况, 工作经历 …): rows are edited in place, added, removed and moved up or down.

export type Column = { key: string; label: string; type?: "text" | "month"; required?: boolean; multiline?: boolean; hint?: string };

export function RowList({ name, title, columns, empty }: { name: string; title: string; columns: Column[]; empty: Record<string, string> }) {
  const { control, formState } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const listError = errorAt(formState.errors, name);
  return (
    <div className="flex flex-col gap-3">
      {fields.length === 0 ? <p className="text-sm text-slate-500">暂无记录</p> : null}
      {fields.map((field, index) => (
        <fieldset key={field.id} aria-label={`${title} 第${index + 1}条`} className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-700">第{index + 1}条</legend>
          <div className="grid gap-x-3 sm:grid-cols-2 lg:grid-cols-3">
            {columns.map((c) => (
              <FormField key={c.key} name={`${name}.${index}.${c.key}`} label={c.label} type={c.type} required={c.required ?? true} multiline={c.multiline} hint={c.hint} />
            ))}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`${title} 第${index + 1}条 上移`}>
              上移
            </Button>
            <Button
              variant="secondary"
              onClick={() => move(index, index + 1)}
              disabled={index === fields.length - 1}
              aria-label={`${title} 第${index + 1}条 下移`}
            >
              下移
            </Button>
            <Button variant="danger" onClick={() => remove(index)} aria-label={`${title} 第${index + 1}条 删除`}>
              删除
            </Button>
          </div>
        </fieldset>
      ))}
      {listError ? (
        <p className="text-xs text-red-600" role="status">
          {listError}
        </p>
      ) : null}
      <div>
        <Button variant="secondary" onClick={() => append({ ...empty })} aria-label={`${title} 添加一条`}>
          添加一条
        </Button>
      </div>
    </div>
  );
}
