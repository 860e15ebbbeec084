import 'reflect-metadata';
import { loadConfig } from '../server/src/core/config.js';
import { createLogger } from '../server/src/core/logger.js';
import { startEmbeddedPostgres, ensureDatabase, type DatabaseHandle } from '../server/src/core/database.js';
import { createOrm } from '../server/src/core/orm.js';

/**
 * npm run migrate            apply pending migrations
 * npm run migrate -- down    roll back the last one
 * npm run migrate -- down --to 0   roll back all of them
 * npm run migrate -- status  list applied and pending
 */
const [command = 'up', ...rest] = process.argv.slice(2);
const to = rest[rest.indexOf('--to') + 1];
const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
let db: DatabaseHandle;
if (config.DATABASE_URL) {
  await ensureDatabase(config.DATABASE_URL);
  db = { ownerUrl: config.DATABASE_URL, stop: async () => {} };
} else db = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, log);
const orm = await createOrm(db.ownerUrl, { poolMax: 2 });
try {
  const migrator = orm.getMigrator();
  if (command === 'up') console.log('applied:', (await migrator.up()).map((m) => m.name));
  else if (command === 'down')
    console.log('rolled back:', (await migrator.down(rest.includes('--to') ? { to: to === '0' ? 0 : to } : undefined)).map((m) => m.name));
  else if (command === 'status') {
    console.log('executed:', (await migrator.getExecutedMigrations()).map((m) => m.name));
    console.log('pending:', (await migrator.getPendingMigrations()).map((m) => m.name));
  } else throw new Error(`unknown command ${command}: use up, down or status`);
} finally {
  await orm.close(true);
  await db.stop();
}
