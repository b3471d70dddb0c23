import type pg from "pg";

// The application's tables in an order that lets rows be loaded table by table: every table after the tables
// its foreign keys point to. Prisma's migration history is not data: a restore writes its own.

export type TableInfo = { name: string; selfReferencing: boolean };

export async function tablesInLoadOrder(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY c.relname`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(e.child)?.add(e.parent);
  const selfReferencing = new Set(edges.filter((e) => e.child === e.parent).map((e) => e.child));
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t.name) && [...parents.get(t.name)!].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error("foreign keys form a cycle between tables; cannot order the load");
    for (const t of ready) {
      placed.add(t.name);
      ordered.push({ name: t.name, selfReferencing: selfReferencing.has(t.name) });
    }
  }
  return ordered;
}
