import { z } from "zod";

export const PAGE_SIZE = 20;

/** Search and page of every list: 姓名 or 身份证号 in one box. */
export const listQuerySchema = z.object({
  q: z.string().trim().max(30).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export function personSearch(q: string | undefined) {
  if (!q) return {};
  return { OR: [{ name: { contains: q } }, { idNumber: { startsWith: q.toUpperCase() } }] };
}

export const pageArgs = (page: number) => ({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });
