import Link from "next/link";

export function Pagination({ page, pageSize, total, params }: { page: number; pageSize: number; total: number; params: Record<string, string | undefined> }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    q.set("page", String(p));
    return `?${q}`;
  };
  return (
    <nav aria-label="分页" className="mt-3 flex items-center gap-3 text-sm">
      <span>
        第 {page} / {pages} 页
      </span>
      {page > 1 ? <Link href={href(page - 1)} className="text-brand-700 underline">上一页</Link> : null}
      {page < pages ? <Link href={href(page + 1)} className="text-brand-700 underline">下一页</Link> : null}
    </nav>
  );
}
