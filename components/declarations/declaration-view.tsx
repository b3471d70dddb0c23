import { ATTACHMENT_SECTIONS, LEVEL_LABELS, type AttachmentSection, type DeclarationForm } from "@/lib/declarations/schemas";
import { FIELD_LABELS } from "@/lib/declarations/schemas";
import { fileUrl } from "@/components/declarations/upload";

/** The form as read: an expert's read leaves some of 基本信息 out. */
type ViewedForm = Omit<DeclarationForm, "basic"> & { basic: Partial<DeclarationForm["basic"]> };

type ListKey = "education" | "study" | "work" | "achievements" | "results";
const LISTS: ListKey[] = ["education", "study", "work", "achievements", "results"];

function Attachments({ form, section }: { form: ViewedForm; section: AttachmentSection }) {
  const files = form.attachments[section] ?? [];
  if (files.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-3 text-sm">
      {files.map((f) => (
        <li key={f.fileId}>
          <a href={fileUrl(f.fileId)} target="_blank" rel="noreferrer" className="text-brand-700 underline">
            附件：{f.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`view-${id}`} className="border-b border-slate-200 py-3">
      <h3 id={`view-${id}`} className="mb-2 font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The labelled fields the read returned (an expert's read has fewer of 基本信息's). */
function Fields({ values, labels }: { values: Record<string, string | undefined>; labels: Record<string, string> }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr_9rem_1fr]">
      {Object.entries(labels).filter(([key]) => key in values).map(([key, label]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd>{key === "level" ? LEVEL_LABELS[values[key] as keyof typeof LEVEL_LABELS] : values[key] || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

function Rows({ rows, labels }: { rows: Record<string, string>[]; labels: Record<string, string> }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">无</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50">
          <tr>
            {Object.values(labels).map((l) => (
              <th key={l} className="p-1.5">
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-100">
              {Object.keys(labels).map((k) => (
                <td key={k} className="p-1.5">
                  {k === "end" && !row[k] ? "至今" : row[k] || "—"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The whole declaration, read-only, in the form's order and words, with its photo and attachments. */
export function DeclarationView({ form }: { form: ViewedForm }) {
  return (
    <div>
      <Part id="photo" title="头像">
        <img src={fileUrl(form.photoFileId)} alt="申报人头像" className="h-32 w-24 rounded border object-cover" />
      </Part>
      <Part id="basic" title={ATTACHMENT_SECTIONS.basic}>
        <Fields values={form.basic} labels={FIELD_LABELS.basic} />
        <Attachments form={form} section="basic" />
      </Part>
      <Part id="professional" title={ATTACHMENT_SECTIONS.professional}>
        <Fields values={form.professional} labels={FIELD_LABELS.professional} />
        <Attachments form={form} section="professional" />
      </Part>
      <Part id="exam" title={ATTACHMENT_SECTIONS.exam}>
        <Fields values={form.exam} labels={FIELD_LABELS.exam} />
        <Attachments form={form} section="exam" />
      </Part>
      {LISTS.map((key) => (
        <Part key={key} id={key} title={ATTACHMENT_SECTIONS[key]}>
          <Rows rows={form[key] as Record<string, string>[]} labels={FIELD_LABELS[key]} />
          <Attachments form={form} section={key} />
        </Part>
      ))}
    </div>
  );
}
