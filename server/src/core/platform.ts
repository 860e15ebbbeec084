import type { Logger } from 'pino';
import type { Config } from './config.js';
import { appUrlFor, ensureAppRole, ensureDatabase, migrateAndGrant, startEmbeddedPostgres, type DatabaseHandle } from './database.js';
import { createOrm, type Orm } from './orm.js';
import { createHttpApp } from './http.js';
import { QueryCounter } from './query-counter.js';
import { seedDemoIfEmpty } from '../seed/demo-seed.js';

export interface Platform {
  url: string;
  port: number;
  orm: Orm;
  ownerUrl: string;
  counter: QueryCounter | null;
  close(): Promise<void>;
}

export interface PlatformOptions {
  /** Count SQL statements (tests assert on them). */
  countQueries?: boolean;
  /** The role exists already (set up once for a whole test run). */
  skipRoleSetup?: boolean;
}

/** Database, migrations, demo data, ORM and HTTP server, in that order; `close` undoes them in reverse. */
export async function startPlatform(config: Config, log: Logger, opts: PlatformOptions = {}): Promise<Platform> {
  const started = Date.now();
  let db: DatabaseHandle;
  if (config.DATABASE_URL) {
    await ensureDatabase(config.DATABASE_URL);
    db = { ownerUrl: config.DATABASE_URL, stop: async () => {} };
  } else {
    db = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, log);
  }
  try {
    if (!opts.skipRoleSetup) await ensureAppRole(db.ownerUrl, config.APP_DB_ROLE, config.APP_DB_PASSWORD);
    await migrateAndGrant(db.ownerUrl, config.APP_DB_ROLE);
    if (config.SEED_DEMO) await seedDemoIfEmpty(db.ownerUrl, log);
  } catch (err) {
    await db.stop();
    throw err;
  }
  const counter = opts.countQueries ? new QueryCounter() : null;
  const orm = await createOrm(appUrlFor(db.ownerUrl, config.APP_DB_ROLE, config.APP_DB_PASSWORD), {
    poolMax: config.DB_POOL_MAX,
    counter: counter ?? undefined,
  });
  const { httpServer } = await createHttpApp({ config, orm, log });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (httpServer.address() as { port: number }).port;
  const url = `http://localhost:${port}`;
  log.info({ url, ms: Date.now() - started }, 'Passerelle is ready');
  let closed = false;
  return {
    url,
    port,
    orm,
    ownerUrl: db.ownerUrl,
    counter,
    async close() {
      if (closed) return;
      closed = true;
      // Stop taking requests, let those in flight finish, then release the database.
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await orm.close(true);
      await db.stop();
    },
  };
}
