"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { callAction } from "@/components/ui/call-action";
import { uploadPhotoAction } from "@/lib/certificates/actions";

/** 照片上传: one JPG/PNG 1-inch ID photo, checked on the server by its content. */
export function PhotoUploadForm({ certificateId }: { certificateId: string }) {
  const id = useId();
  const router = useRouter();
  const [result, setResult] = useState<ActionState>();
  const [pending, start] = useTransition();
  const error = result?.fieldErrors?.file;
  return (
    <form
      className="flex flex-col gap-3"
      aria-label="照片上传"
      action={(formData) =>
        start(async () => {
          formData.set("certificateId", certificateId);
          const res = await callAction(uploadPhotoAction(formData), "上传");
          setResult(res);
          if (res.ok) router.refresh();
        })
      }
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          照片
        </label>
        <input id={id} name="file" type="file" accept="image/jpeg,image/png" aria-invalid={!!error} aria-describedby={`${id}-hint ${id}-message`} className="text-sm" />
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          一寸证件照：JPG或PNG格式，10KB–500KB，约295×413像素（宽:高约5:7），白色背景。
        </p>
        <p id={`${id}-message`} className="min-h-4 text-xs text-red-600" aria-live="polite">
          {error ?? ""}
        </p>
      </div>
      {result && !error ? <FormMessage ok={result.ok} message={result.message} /> : null}
      <div>
        <Button type="submit" disabled={pending}>
          提交
        </Button>
      </div>
    </form>
  );
}
