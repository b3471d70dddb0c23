import { PageTitle } from "@/components/ui/page-title";
import { Pagination } from "@/components/ui/pagination";
import { PAGE_SIZE, type ListQuery } from "@/lib/accounts/list-query";
import { ListCount, SearchBox } from "./search-box";

/** The frame of every account and unit list: title, search (查询), count, the rows, pagination. */
export function ListPage({
  title,
  trail,
  query,
  total,
  searchLabel,
  intro,
  before,
  children,
}: {
  title: string;
  trail: string[];
  query: ListQuery;
  total: number;
  searchLabel?: string;
  intro?: string;
  before?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div>
      <PageTitle title={title} trail={trail} />
      {intro ? <p className="mb-3 text-sm text-slate-600">{intro}</p> : null}
      {before}
      <SearchBox q={query.q} label={searchLabel} />
      <ListCount total={total} />
      {children}
      <Pagination page={query.page} pageSize={PAGE_SIZE} total={total} params={{ q: query.q }} />
    </div>
  );
}

export function Table({ head, children }: { head: string[]; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            {head.map((h) => (
              <th key={h} className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
