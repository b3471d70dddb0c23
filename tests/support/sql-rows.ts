import pg from "pg";

/** The rows of one SQL text run on its own connection (for tests that look at a database from outside the app). */
export async function sqlRows<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
