import pg from 'pg';
import type { Logger } from 'pino';
import { hashPassword } from '../auth/password.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, NETWORKS, ORG } from './demo-ids.js';
import { seedMembers } from '../members/member.seed.js';
import { seedMeetings } from '../meetings/meeting.seed.js';
import { seedContracts } from '../contracts/contract.seed.js';

/** A feature's part of the demo data; runs in the seed's transaction, after the organisations. */
export type SeedStep = (client: pg.PoolClient | pg.Client) => Promise<void>;

// Each feature adds its seed step here (one line each), in dependency order.
export const seedSteps: SeedStep[] = [
  seedMembers,
  seedContracts,
  seedMeetings,
];

async function seedOrganizationsAndPeople(client: pg.Client): Promise<void> {
  await client.query(`insert into organizations (id, kind, slug, name) values ($1, 'FUNDER', 'region-sud', 'Région Provence-Alpes-Côte d''Azur')`, [ORG.REGION]);
  for (const n of NETWORKS)
    await client.query(`insert into organizations (id, kind, slug, name, tenant_id) values ($1, 'FEDERATION', $2, $3, $1)`, [n.id, n.slug, n.name]);
  await client.query(
    `insert into organizations (id, kind, slug, name, tenant_id, federation_id) values ($1, 'STRUCTURE', 'atelier-calanques-solidaires', 'Atelier Calanques Solidaires', $2, $2)`,
    [ORG.CALANQUES_ACCOUNT, ORG.CE],
  );
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    await client.query(`insert into users (id, email, display_name, password_hash) values ($1, $2, $3, $4)`, [a.id, a.email, a.name, hash]);
    for (const [orgId, role] of a.memberships)
      await client.query(`insert into memberships (id, user_id, organization_id, role) values (gen_random_uuid(), $1, $2, $3)`, [a.id, orgId, role]);
  }
}

/**
 * Seeds the demo networks, people and each feature's demo rows, once, when the database has no
 * organisation yet. Runs as the owner, acting as the Region so row-level security admits every row.
 */
export async function seedDemoIfEmpty(ownerUrl: string, log: Logger): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    // Two processes starting at once: only one seeds.
    await client.query(`select pg_advisory_xact_lock(421337)`);
    const { rows } = await client.query(`select count(*)::int as n from organizations`);
    if (rows[0].n > 0) {
      await client.query('rollback');
      return false;
    }
    await client.query(`select set_config('app.org_kind', 'FUNDER', true)`);
    await seedOrganizationsAndPeople(client);
    for (const step of seedSteps) await step(client);
    await client.query('commit');
    log.info('demo data seeded');
    return true;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
