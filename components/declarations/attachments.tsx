"use client";

import { errorAt } from "./error-at";
import { useId, useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FILE_BUTTON, fileUrl, uploadFile } from "./upload";

/** The attachments of one section (证明材料), each uploaded at once and kept by id in the form. */
export function Attachments({ section, title }: { section: string; title: string }) {
  const name = `attachments.${section}`;
  const { control, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const [uploadError, setUploadError] = useState<string>();
  const id = useId();
  const error = uploadError ?? errorAt(formState.errors, name);

  async function onChange(e: React.ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []);
    e.target.value = "";
    for (const file of files) {
      const res = await uploadFile(file, "attachment");
      if ("error" in res) return setUploadError(`${file.name}：${res.error}`);
      setUploadError(undefined);
      append({ fileId: res.id, name: res.name });
    }
  }

  return (
    <div className="mt-2 rounded bg-slate-50 p-3">
      <p className="mb-1 text-sm font-medium text-slate-700">附件（PDF、JPG或PNG，每个不超过10MB）</p>
      <input
        id={id}
        type="file"
        multiple
        accept="application/pdf,image/jpeg,image/png"
        onChange={onChange}
        aria-invalid={!!error}
        aria-describedby={`${id}-message`}
        className="peer sr-only"
      />
      <label htmlFor={id} className={FILE_BUTTON}>
        {title}附件
      </label>
      <p id={`${id}-message`} className="min-h-4 text-xs text-red-600" aria-live="polite">
        {error ?? ""}
      </p>
      <ul className="flex flex-col gap-1 text-sm">
        {fields.map((f, index) => {
          const file = f as unknown as { id: string; fileId: string; name: string };
          return (
            <li key={file.id} className="flex items-center gap-2">
              <a href={fileUrl(file.fileId)} target="_blank" rel="noreferrer" className="text-brand-700 underline">
                {file.name}
              </a>
              <Button variant="secondary" className="px-2 py-0.5" onClick={() => remove(index)} aria-label={`删除附件 ${file.name}`}>
                删除
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
