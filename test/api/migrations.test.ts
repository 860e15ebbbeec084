import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { createOrm } from '../../server/src/core/orm.js';
import { ensureDatabase } from '../../server/src/core/database.js';
import { migrationsList } from '../../migrations/index.js';

describe('migrations', () => {
  const u = new URL(inject('pgAdminUrl'));
  const name = `passerelle_mig_${randomBytes(5).toString('hex')}`;
  u.pathname = `/${name}`;
  const url = u.toString();

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('run up, all the way down, and up again', async () => {
    await ensureDatabase(url);
    const orm = await createOrm(url, { poolMax: 1 });
    const tables = async () =>
      (await orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'`))[0].n;
    try {
      const migrator = orm.getMigrator();
      expect((await migrator.up()).map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
      const full = await tables();
      expect(full).toBeGreaterThan(5);
      await migrator.down({ to: 0 });
      expect(await tables()).toBe(0);
      const types = await orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' and t.typtype = 'e'`);
      expect(types[0].n).toBe(0);
      await migrator.up();
      expect(await tables()).toBe(full);
    } finally {
      await orm.close(true);
    }
  });
});
