"use client";

import { errorAt } from "./error-at";
import { useId, useState } from "react";
import { useFormContext } from "react-hook-form";
import { FILE_BUTTON, fileUrl, uploadFile } from "./upload";

export function PhotoUpload() {
  const { watch, setValue, formState } = useFormContext();
  const photoFileId = watch("photoFileId") as string;
  const [uploadError, setUploadError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const error = uploadError ?? errorAt(formState.errors, "photoFileId");

  async function onChange(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setBusy(true);
    const res = await uploadFile(file, "photo");
    setBusy(false);
    if ("error" in res) return setUploadError(res.error);
    setUploadError(undefined);
    setValue("photoFileId", res.id, { shouldDirty: true, shouldValidate: true });
  }

  return (
    <div className="flex flex-wrap items-start gap-4">
      <div className="flex h-40 w-32 items-center justify-center overflow-hidden rounded border border-slate-300 bg-slate-50">
        {photoFileId ? (
          // A plain img: the photo comes from the authorized file route, not from a static asset.
          <img src={fileUrl(photoFileId)} alt="头像预览" className="h-full w-full object-cover" />
        ) : (
          <span className="text-xs text-slate-500">未上传</span>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700">
          头像<span className="ml-0.5 text-red-600" aria-hidden="true">*</span>
        </span>
        {/* The input is visually hidden behind a Chinese button-like label; it stays focusable and labelled. */}
        <input
          id={id}
          type="file"
          accept="image/jpeg,image/png"
          onChange={onChange}
          aria-invalid={!!error}
          aria-describedby={`${id}-hint ${id}-message`}
          className="peer sr-only"
        />
        <label htmlFor={id} className={FILE_BUTTON}>
          上传头像
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          JPG或PNG图片，不超过2MB{busy ? "（正在上传…）" : ""}
        </p>
        <p id={`${id}-message`} className="min-h-4 text-xs text-red-600" aria-live="polite">
          {error ?? ""}
        </p>
      </div>
    </div>
  );
}
