"use client";

// The long form's table of contents: a link to each part, whether it is complete, and the share complete.

export type SectionInfo = { key: string; title: string };

export function SectionNav({ sections }: { sections: (SectionInfo & { done: boolean })[] }) {
  const done = sections.filter((s) => s.done).length;
  return (
    <nav aria-label="申报表目录" className="shrink-0 lg:sticky lg:top-4 lg:w-56 lg:self-start">
      <p className="mb-1 text-sm font-medium text-slate-700">
        填写进度 {done}/{sections.length}
      </p>
      <progress value={done} max={sections.length} aria-label="填写进度" className="mb-2 w-full" />
      <ol className="flex flex-wrap gap-1 text-sm lg:flex-col">
        {sections.map((s) => (
          <li key={s.key}>
            <a href={`#sec-${s.key}`} className="flex items-center gap-1 rounded px-2 py-1 hover:bg-slate-100">
              <span aria-hidden="true" className={s.done ? "text-green-700" : "text-slate-400"}>
                {s.done ? "✓" : "○"}
              </span>
              {s.title}
              <span className="sr-only">{s.done ? "（已完成）" : "（未完成）"}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
