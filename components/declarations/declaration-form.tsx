"use client";

import { createContext, useContext, useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Field, inputClass } from "@/components/ui/field";
import {
  ATTACHMENT_SECTIONS,
  declarationFormSchema,
  emptyRows,
  FIELD_LABELS,
  LEVEL_LABELS,
  ROUND_LABEL,
  type AttachmentSection,
  type DeclarationForm as Values,
  type DeclarationFormInput,
} from "@/lib/declarations/schemas";
import { saveDeclarationAction } from "@/lib/declarations/actions";
import { FormField } from "./form-field";
import { RowList } from "./row-list";
import { PhotoUpload } from "./photo-upload";
import { Attachments } from "./attachments";
import { CommitmentInput } from "./commitment-input";
import { SectionNav, type SectionInfo } from "./section-nav";

export type RoundOption = { id: string; name: string; levels: (keyof typeof LEVEL_LABELS)[]; titles: Record<string, string[]> };

type Props = {
  rounds: RoundOption[];
  person: { name: string; idNumber: string; unitName: string };
  initial: DeclarationFormInput;
  declaration?: { id: string; version: number };
  /** Where to go after 保存. */
  doneHref: string;
  /** 补充申报材料: only these parts may change; the others are shown locked (the server refuses them too). */
  editable?: string[];
};

const Editable = createContext<(section: string) => boolean>(() => true);

const shape = declarationFormSchema.shape;
const LEAVE_WARNING = "申报表有未保存的修改，离开后将丢失，确定离开吗？";

/** The parts of the form, in order, with the part of the schema that says whether each is complete. */
const SECTIONS: (SectionInfo & { complete: (v: DeclarationFormInput) => boolean })[] = [
  { key: "photo", title: "头像", complete: (v) => shape.photoFileId.safeParse(v.photoFileId).success },
  { key: "basic", title: "基本情况", complete: (v) => shape.basic.safeParse(v.basic).success },
  { key: "professional", title: "专业技术信息", complete: (v) => shape.roundId.safeParse(v.roundId).success && shape.professional.safeParse(v.professional).success },
  { key: "exam", title: "考试考核学时情况", complete: (v) => shape.exam.safeParse(v.exam).success },
  { key: "education", title: "教育情况", complete: (v) => shape.education.safeParse(v.education).success },
  { key: "study", title: "工作后学习经历", complete: (v) => shape.study.safeParse(v.study).success },
  { key: "work", title: "工作经历", complete: (v) => shape.work.safeParse(v.work).success },
  { key: "achievements", title: "任现职后主要专业技术工作业绩", complete: (v) => shape.achievements.safeParse(v.achievements).success },
  { key: "results", title: "任现职后主要学术成果", complete: (v) => shape.results.safeParse(v.results).success },
  { key: "commitment", title: "诚信承诺书", complete: (v) => shape.commitment.safeParse(v.commitment).success },
];

function Section({ id, title, attachments, children }: { id: string; title: string; attachments?: AttachmentSection; children: React.ReactNode }) {
  const locked = !useContext(Editable)(id);
  return (
    <section id={`sec-${id}`} aria-labelledby={`sec-${id}-title`} className="scroll-mt-4 border-b border-slate-200 pb-4">
      <h2 id={`sec-${id}-title`} className="mb-3 text-base font-semibold text-slate-900">
        {title}
        {locked ? <span className="ml-2 text-xs font-normal text-slate-500">（未要求补充，不能修改）</span> : null}
      </h2>
      <fieldset disabled={locked} className="contents">
        {children}
        {attachments ? <Attachments section={attachments} title={ATTACHMENT_SECTIONS[attachments]} /> : null}
      </fieldset>
    </section>
  );
}

export function DeclarationForm({ rounds, person, initial, declaration, doneHref, editable }: Props) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const [ref, setRef] = useState(declaration);
  const form = useForm<DeclarationFormInput, unknown, Values>({ resolver: zodResolver(declarationFormSchema), defaultValues: initial, mode: "onTouched" });
  const { isDirty, isSubmitting } = form.formState;
  const values = form.watch();

  // Leaving with unsaved changes asks first: closing or reloading the tab (the browser's own wording), and links
  // inside the app, which navigate without unloading the page.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    const onLink = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!a || a.getAttribute("target") === "_blank" || a.getAttribute("href")?.startsWith("#")) return;
      if (!window.confirm(LEAVE_WARNING)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", onLink, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", onLink, true);
    };
  }, [isDirty]);

  const round = rounds.find((r) => r.id === values.roundId);
  const titles = useMemo(() => (round && values.professional?.level ? round.titles[values.professional.level] ?? [] : []), [round, values.professional?.level]);
  const sections = SECTIONS.map((s) => ({ key: s.key, title: s.title, done: s.complete(values) }));

  async function onValid(data: Values) {
    const res = await saveDeclarationAction({ id: ref?.id, version: ref?.version, form: data }).catch(() => null);
    if (!res) return setResult({ ok: false, message: "保存失败，请检查网络后重试（已填写的内容均已保留）" });
    for (const [path, message] of Object.entries(res.fieldErrors ?? {})) {
      form.setError(path.replace(/^form\./, "") as FieldPath<DeclarationFormInput>, { message });
    }
    setResult({ ok: res.ok, message: res.message });
    if (res.ok && res.data) {
      setRef(res.data);
      form.reset(data);
      router.push(doneHref);
    }
  }

  function onInvalid() {
    setResult({ ok: false, message: "请按提示修改后再保存（已填写的内容均已保留）" });
  }

  return (
    <Editable.Provider value={(section) => section === "commitment" || !editable?.length || editable.includes(section)}>
    <FormProvider {...form}>
      <div className="flex flex-col gap-4 lg:flex-row">
        <SectionNav sections={sections} />
        <form onSubmit={form.handleSubmit(onValid, onInvalid)} noValidate className="flex min-w-0 flex-1 flex-col gap-4" aria-label="职称申报表">
          <Section id="photo" title="头像">
            <PhotoUpload />
          </Section>
          <Section id="basic" title="基本情况" attachments="basic">
            <div className="grid gap-x-3 sm:grid-cols-2 lg:grid-cols-3">
              <Field label="姓名">{(a) => <input {...a} value={person.name} readOnly className={inputClass} />}</Field>
              <Field label="身份证号">{(a) => <input {...a} value={person.idNumber} readOnly className={inputClass} />}</Field>
              <Field label="工作单位">{(a) => <input {...a} value={person.unitName} readOnly className={inputClass} />}</Field>
              <FormField name="basic.gender" label={FIELD_LABELS.basic.gender} options={["男", "女"]} />
              <FormField name="basic.birthDate" label={FIELD_LABELS.basic.birthDate} type="date" />
              <FormField name="basic.ethnicity" label={FIELD_LABELS.basic.ethnicity} />
              <FormField name="basic.politicalStatus" label={FIELD_LABELS.basic.politicalStatus} />
              <FormField name="basic.mobile" label={FIELD_LABELS.basic.mobile} type="tel" />
              <FormField name="basic.workStartDate" label={FIELD_LABELS.basic.workStartDate} type="month" />
              <FormField name="basic.position" label={FIELD_LABELS.basic.position} />
            </div>
          </Section>
          <Section id="professional" title="专业技术信息" attachments="professional">
            <div className="grid gap-x-3 sm:grid-cols-2 lg:grid-cols-3">
              <FormField name="roundId" label={ROUND_LABEL} options={rounds.map((r) => ({ value: r.id, label: r.name }))} />
              <FormField name="professional.currentTitle" label={FIELD_LABELS.professional.currentTitle} />
              <FormField name="professional.currentTitleDate" label={FIELD_LABELS.professional.currentTitleDate} type="date" />
              <FormField name="professional.level" label={FIELD_LABELS.professional.level} options={(round?.levels ?? []).map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
              <FormField name="professional.titleName" label={FIELD_LABELS.professional.titleName} options={titles} />
              <FormField name="professional.specialty" label={FIELD_LABELS.professional.specialty} />
            </div>
          </Section>
          <Section id="exam" title="考试考核学时情况" attachments="exam">
            <div className="grid gap-x-3 sm:grid-cols-3">
              <FormField name="exam.examResult" label={FIELD_LABELS.exam.examResult} />
              <FormField name="exam.publicHours" label={FIELD_LABELS.exam.publicHours} type="number" />
              <FormField name="exam.professionalHours" label={FIELD_LABELS.exam.professionalHours} type="number" />
            </div>
          </Section>
          <Section id="education" title="教育情况" attachments="education">
            <RowList
              name="education"
              title="教育情况"
              empty={emptyRows.education}
              columns={[
                { key: "start", label: FIELD_LABELS.education.start, type: "month" },
                { key: "end", label: FIELD_LABELS.education.end, type: "month", required: false },
                { key: "school", label: FIELD_LABELS.education.school },
                { key: "major", label: FIELD_LABELS.education.major },
                { key: "degree", label: FIELD_LABELS.education.degree },
              ]}
            />
          </Section>
          <Section id="study" title="工作后学习经历" attachments="study">
            <RowList
              name="study"
              title="工作后学习经历"
              empty={emptyRows.study}
              columns={[
                { key: "start", label: FIELD_LABELS.study.start, type: "month" },
                { key: "end", label: FIELD_LABELS.study.end, type: "month", required: false },
                { key: "institution", label: FIELD_LABELS.study.institution },
                { key: "content", label: FIELD_LABELS.study.content },
              ]}
            />
          </Section>
          <Section id="work" title="工作经历" attachments="work">
            <RowList
              name="work"
              title="工作经历"
              empty={emptyRows.work}
              columns={[
                { key: "start", label: FIELD_LABELS.work.start, type: "month" },
                { key: "end", label: FIELD_LABELS.work.end, type: "month", required: false, hint: "至今可不填" },
                { key: "employer", label: FIELD_LABELS.work.employer },
                { key: "position", label: FIELD_LABELS.work.position },
              ]}
            />
          </Section>
          <Section id="achievements" title="任现职后主要专业技术工作业绩" attachments="achievements">
            <RowList
              name="achievements"
              title="工作业绩"
              empty={emptyRows.achievements}
              columns={[
                { key: "start", label: FIELD_LABELS.achievements.start, type: "month" },
                { key: "end", label: FIELD_LABELS.achievements.end, type: "month", required: false },
                { key: "project", label: FIELD_LABELS.achievements.project },
                { key: "role", label: FIELD_LABELS.achievements.role },
                { key: "description", label: FIELD_LABELS.achievements.description, required: false, multiline: true },
              ]}
            />
          </Section>
          <Section id="results" title="任现职后主要学术成果" attachments="results">
            <RowList
              name="results"
              title="学术成果"
              empty={emptyRows.results}
              columns={[
                { key: "date", label: FIELD_LABELS.results.date, type: "month" },
                { key: "title", label: FIELD_LABELS.results.title },
                { key: "kind", label: FIELD_LABELS.results.kind, hint: "论文、著作、专利、标准等" },
                { key: "publisher", label: FIELD_LABELS.results.publisher },
                { key: "rank", label: FIELD_LABELS.results.rank },
              ]}
            />
          </Section>
          <Section id="commitment" title="诚信承诺书">
            <CommitmentInput />
          </Section>
          <FormMessage ok={result?.ok} message={result?.message} />
          <div className="sticky bottom-0 flex gap-2 border-t border-slate-200 bg-white py-3">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "正在保存…" : "保存"}
            </Button>
            <Button variant="secondary" onClick={() => (!isDirty || window.confirm(LEAVE_WARNING)) && router.push(doneHref)}>
              返回
            </Button>
          </div>
        </form>
      </div>
    </FormProvider>
    </Editable.Provider>
  );
}
