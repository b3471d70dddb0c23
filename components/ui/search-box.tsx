/** The search of every list: one box for 姓名 or 身份证号 (or 单位名称), submitted as a plain GET. */
export function SearchBox({ q, label = "姓名或身份证号" }: { q?: string; label?: string }) {
  return (
    <form method="get" className="mb-3 flex flex-wrap items-end gap-2" role="search">
      <label className="flex flex-col gap-1 text-sm">
        <span>{label}</span>
        <input name="q" defaultValue={q} className="rounded border border-slate-300 px-3 py-2 text-sm" />
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
        查询
      </button>
    </form>
  );
}

export function ListCount({ total }: { total: number }) {
  return <p className="mb-2 text-sm text-slate-600" data-testid="list-count">共 {total} 条</p>;
}
