import { PageTitle } from "./page-title";
import { Pagination } from "./pagination";
import { ListCount, SearchBox } from "./search-box";
import { OutcomeBoard } from "./decision-outcome";

/**
 * The frame of every list: title, filters (one search box unless the list brings its own), count, the rows,
 * pagination that keeps the filters. A row decided on (确认接收, 通过 …) that leaves the list leaves its message above it,
 * until the list is searched, filtered or paged.
 */
export function ListPage({
  title,
  trail,
  list,
  params,
  searchLabel,
  filters,
  intro,
  before,
  children,
}: {
  title: string;
  trail: string[];
  list: { total: number; page: number; pageSize: number };
  /** The filters as they are in the URL, kept by the page links. */
  params: Record<string, string | undefined>;
  searchLabel?: string;
  filters?: React.ReactNode;
  intro?: React.ReactNode;
  before?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div>
      <PageTitle title={title} trail={trail} />
      {intro ? <div className="mb-3 text-sm text-slate-600">{intro}</div> : null}
      {/* Another search, filter or page is another list: the messages of decisions made on the last one go with it. */}
      <OutcomeBoard key={JSON.stringify([params, list.page])}>
        {before}
        {filters ?? <SearchBox q={params.q} label={searchLabel} />}
        <ListCount total={list.total} />
        {children}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} params={params} />
      </OutcomeBoard>
    </div>
  );
}

export function Table({ head, caption, children }: { head: string[]; caption?: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
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
