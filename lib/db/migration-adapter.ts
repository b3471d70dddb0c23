import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";

// The schema engine drives @prisma/adapter-pg in ways the query path never does. This factory fixes the three
// gaps seen with adapter-pg 7.10: catalog columns of PostgreSQL type "char", scripts split on every ";" (which
// breaks function bodies), and a shadow database that connects to the main database and is dropped while in use.

const PG_CHAR_OID = 18;
const charColumns = new WeakMap<object, number[]>();

type Queryable = {
  queryRaw(q: unknown): Promise<{ columnTypes: number[]; rows: unknown[] }>;
  performIO(q: unknown): Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
  executeScript(script: string): Promise<void>;
  onError(error: unknown): never;
  startTransaction?(...args: unknown[]): Promise<unknown>;
  underlyingDriver(): pg.Pool | pg.PoolClient;
};

function patchQueryable<T>(target: T): T {
  const q = target as unknown as Queryable;
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    const chars: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        chars.push(i);
        // Any user-type OID maps to Text; the column type is corrected to Character below.
        field.dataTypeID = 1 << 20;
      }
    });
    if (chars.length) charColumns.set(result.rows, chars);
    return result;
  };
  const queryRaw = q.queryRaw.bind(q);
  q.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  // One simple-protocol query runs the whole script as one implicit transaction: all of it or none.
  q.executeScript = async (script) => {
    try {
      await q.underlyingDriver().query(script);
    } catch (error) {
      q.onError(error);
    }
  };
  if (q.startTransaction) {
    const startTransaction = q.startTransaction.bind(q);
    q.startTransaction = async (...args) => patchQueryable(await startTransaction(...args));
  }
  return target;
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

export class MigrationAdapterFactory extends PrismaPg {
  private readonly opened: { dispose(): Promise<void> }[] = [];

  constructor(private readonly connectionString: string) {
    super({ connectionString, max: 2 });
  }

  override async connect() {
    const adapter = patchQueryable(await super.connect());
    this.opened.push(adapter);
    return adapter;
  }

  /** The engine does not close its connections; one of them holds the migration advisory lock until closed. */
  async disposeAll() {
    await Promise.all(this.opened.splice(0).map((a) => a.dispose()));
  }

  override async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: this.connectionString });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ connectionString: withDatabase(this.connectionString, database), max: 2 }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return patchQueryable(shadow);
  }
}
