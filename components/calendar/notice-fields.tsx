import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";

/** 文号 and 通知名称: every change to the calendar names the notice it follows. */
export function NoticeFields({
  register,
  errors,
}: {
  register: (name: "noticeNumber" | "noticeName") => UseFormRegisterReturn;
  errors: { noticeNumber?: string; noticeName?: string };
}) {
  return (
    <>
      <Field label="文号" error={errors.noticeNumber} hint="如 国办发明电〔2025〕7号" required>
        {(a) => <input {...a} {...register("noticeNumber")} className={inputClass} />}
      </Field>
      <div className="sm:col-span-2">
        <Field label="通知名称" error={errors.noticeName} required>
          {(a) => <input {...a} {...register("noticeName")} className={inputClass} />}
        </Field>
      </div>
    </>
  );
}
