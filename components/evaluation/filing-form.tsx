"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import { LEVEL_LABELS, LEVELS } from "@/lib/declarations/schemas";
import { APPLICANT_SCOPE_LABELS } from "@/lib/evaluation/schemas";
import { Field, inputClass } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { SaveAndBack } from "@/components/ui/save-and-back";
import { callAction } from "@/components/ui/call-action";
import { submitFilingAction } from "@/lib/evaluation/actions";

type Option = { id: string; name: string };

/** 评审权备案 → 新增: what the committee evaluates, for whom, under which name and how long, with the filing documents. */
export function FilingForm({ series, regions }: { series: Option[]; regions: { code: string; name: string }[] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionState>();
  const [scope, setScope] = useState("OWN_STAFF");
  const errors = result?.fieldErrors ?? {};
  return (
    <form
      aria-label="评审权备案"
      noValidate
      className="grid gap-x-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        start(async () => {
          const res = await callAction(submitFilingAction(data), "提交");
          setResult(res);
          if (res.ok) router.push("/title/evaluation/filings");
        });
      }}
    >
      <Field label="评委会名称" error={errors.committeeName} required>
        {(a) => <input {...a} name="committeeName" className={inputClass} />}
      </Field>
      <Field label="系列" error={errors.seriesId} required>
        {(a) => (
          <select {...a} name="seriesId" className={inputClass} defaultValue="">
            <Options empty="请选择" items={series.map((s) => ({ value: s.id, label: s.name }))} />
          </select>
        )}
      </Field>
      <Field label="专业" error={errors.specialty} hint="不填则为整个系列（按系列组建）">
        {(a) => <input {...a} name="specialty" className={inputClass} />}
      </Field>
      <Field label="级别" error={errors.level} required>
        {(a) => (
          <select {...a} name="level" className={inputClass} defaultValue="">
            <Options empty="请选择" items={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
          </select>
        )}
      </Field>
      <Field label="评审范围" error={errors.applicantScope} required>
        {(a) => (
          <select {...a} name="applicantScope" className={inputClass} value={scope} onChange={(e) => setScope(e.target.value)}>
            <Options items={Object.entries(APPLICANT_SCOPE_LABELS).map(([value, label]) => ({ value, label }))} />
          </select>
        )}
      </Field>
      {scope === "REGION" ? (
        <Field label="行政区划" error={errors.scopeRegionCode} required>
          {(a) => (
            <select {...a} name="scopeRegionCode" className={inputClass} defaultValue="">
              <Options empty="请选择" items={regions.map((r) => ({ value: r.code, label: r.name }))} />
            </select>
          )}
        </Field>
      ) : (
        <input type="hidden" name="scopeRegionCode" value="" />
      )}
      {scope === "UNITS" ? (
        <Field label="评审范围内的单位" error={errors.scopeUnitNames} hint="每行一个单位的准确名称" required>
          {(a) => <textarea {...a} name="scopeUnitNames" rows={3} className={inputClass} />}
        </Field>
      ) : (
        <input type="hidden" name="scopeUnitNames" value="" />
      )}
      <Field label="有效期开始日期" error={errors.validFrom} required>
        {(a) => <input {...a} type="date" name="validFrom" className={inputClass} />}
      </Field>
      <Field label="有效期结束日期" error={errors.validTo} hint="有效期不超过3年" required>
        {(a) => <input {...a} type="date" name="validTo" className={inputClass} />}
      </Field>
      <Field label="备案材料" error={errors.document} hint="PDF、JPG或PNG文件，不超过10MB" required>
        {(a) => <input {...a} type="file" name="document" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="text-sm" />}
      </Field>
      <SaveAndBack result={result} saving={pending} onBack={() => router.push("/title/evaluation/filings")} />
    </form>
  );
}
