import { z } from "zod";
import { textField } from "@/lib/validation/fields";

// Every list's search and paging: parsed from the page's search params, turned into skip/take, counted with its rows.

export const PAGE_SIZE = 20;

/** Search and page of a plain list: 姓名 or 身份证号 (or 单位名称) in one box. */
export const listQuerySchema = z.object({
  q: textField().trim().max(30).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export function personSearch(q: string | undefined) {
  if (!q) return {};
  return { OR: [{ name: { contains: q } }, { idNumber: { startsWith: q.toUpperCase() } }] };
}

export const pageArgs = (page: number, pageSize = PAGE_SIZE) => ({ skip: (page - 1) * pageSize, take: pageSize });

export type Paged<T> = { total: number; rows: T[]; page: number; pageSize: number };

/** One page of a list with the count of the whole filter, both read at once. */
export async function pagedList<T>(
  page: number,
  read: { count: () => Promise<number>; rows: (args: { skip: number; take: number }) => Promise<T[]> },
  pageSize = PAGE_SIZE,
): Promise<Paged<T>> {
  const [total, rows] = await Promise.all([read.count(), read.rows(pageArgs(page, pageSize))]);
  return { total, rows, page, pageSize };
}

/** One page of a list already in memory (a handful of rows computed rather than queried). */
export function pageOf<T>(all: T[], page: number, pageSize = PAGE_SIZE): Paged<T> {
  const start = (page - 1) * pageSize;
  return { total: all.length, rows: all.slice(start, start + pageSize), page, pageSize };
}
