import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from '../../../migrations/index.js';
import { countingLoggerFactory, type QueryCounter } from './query-counter.js';

export type Orm = MikroORM;

export function ormOptions(clientUrl: string, opts: { poolMax?: number; counter?: QueryCounter } = {}): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true, disableDynamicFileAccess: true },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: opts.poolMax ?? 10 },
    forceUtcTimezone: true,
    // Every request works on its own fork; touching the global EntityManager is a bug.
    allowGlobalContext: false,
    ...(opts.counter ? { debug: ['query'], loggerFactory: countingLoggerFactory(opts.counter) } : { debug: false }),
  } as Options;
}

export async function createOrm(clientUrl: string, opts: { poolMax?: number; counter?: QueryCounter } = {}): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, opts));
}
