import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../server/src/core/config.js';
import { createLogger } from '../../server/src/core/logger.js';
import { startPlatform, type Platform } from '../../server/src/core/platform.js';
import { appUrlFor } from '../../server/src/core/database.js';
import { TEST_APP_PASSWORD, TEST_APP_ROLE } from './global-setup.js';
import { DEMO_PASSWORD } from '../../server/src/seed/demo-ids.js';

export { DEMO_PASSWORD };

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; [k: string]: any } }[];
}

export interface GqlOptions {
  token?: string | null;
  org?: string | null;
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  platform: Platform;
  config: Config;
  /** Owner connection to this file's database (bypasses nothing by itself: use for set-up and checks). */
  ownerUrl: string;
  /** The application role's connection string (row-level security applies). */
  appRoleUrl: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<GqlResult<T>>;
  /** Signs in and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  /** A client bound to one person acting for one organisation. */
  as(email: string, org?: string | null): Promise<(query: string, variables?: Record<string, unknown>) => Promise<GqlResult>>;
  /** Runs SQL as the owner. */
  sql<R = any>(text: string, params?: unknown[]): Promise<R[]>;
  /** SQL statements the ORM sent while `fn` ran. */
  countQueries(fn: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts the whole platform (migrations, demo seed, HTTP server on a free port) on a fresh
 * database of the run's PostgreSQL, so test files run in parallel without sharing rows.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const dbName = `passerelle_t_${randomBytes(6).toString('hex')}`;
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const ownerUrl = u.toString();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: ownerUrl,
    APP_DB_ROLE: TEST_APP_ROLE,
    APP_DB_PASSWORD: TEST_APP_PASSWORD,
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DB_POOL_MAX: '4',
    ...env,
  });
  const platform = await startPlatform(config, createLogger(config.LOG_LEVEL), { countQueries: true, skipRoleSetup: true });
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  // pool.end() resolves before its sockets close; the database drop below may cut one: not an error.
  owner.on('error', () => {});

  const gql: TestApp['gql'] = async (query, variables, opts = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.org) headers['x-organization'] = opts.org;
    const res = await fetch(`${platform.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult;
    return { status: res.status, data: body.data, errors: body.errors };
  };
  const login: TestApp['login'] = async (email, password = DEMO_PASSWORD) => {
    const r = await gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email, password } });
    if (!r.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };

  return {
    url: platform.url,
    platform,
    config,
    ownerUrl,
    appRoleUrl: appUrlFor(ownerUrl, TEST_APP_ROLE, TEST_APP_PASSWORD),
    gql,
    login,
    async as(email, org) {
      const token = await login(email);
      return (query, variables) => gql(query, variables, { token, org });
    },
    async sql(text, params) {
      return (await owner.query(text, params as unknown[])).rows;
    },
    async countQueries(fn) {
      const c = platform.counter!;
      const before = c.count;
      await fn();
      return c.count - before;
    },
    async close() {
      await platform.close();
      await owner.end();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}

/** The code of the first error, for assertions. */
export const errorCode = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
