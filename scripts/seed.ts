import 'reflect-metadata';
import { loadConfig } from '../server/src/core/config.js';
import { createLogger } from '../server/src/core/logger.js';
import { startEmbeddedPostgres, ensureDatabase, migrateAndGrant, ensureAppRole, type DatabaseHandle } from '../server/src/core/database.js';
import { seedDemoIfEmpty } from '../server/src/seed/demo-seed.js';

/** Migrates and seeds the demo data into an empty database (never in production). */
const config = loadConfig();
if (config.isProduction) {
  console.error('Demo data is never seeded in production.');
  process.exit(2);
}
const log = createLogger(config.LOG_LEVEL);
let db: DatabaseHandle;
if (config.DATABASE_URL) {
  await ensureDatabase(config.DATABASE_URL);
  db = { ownerUrl: config.DATABASE_URL, stop: async () => {} };
} else db = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, log);
try {
  await ensureAppRole(db.ownerUrl, config.APP_DB_ROLE, config.APP_DB_PASSWORD);
  await migrateAndGrant(db.ownerUrl, config.APP_DB_ROLE);
  console.log((await seedDemoIfEmpty(db.ownerUrl, log)) ? 'demo data seeded' : 'database not empty: nothing seeded');
} finally {
  await db.stop();
}
