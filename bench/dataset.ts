import type pg from 'pg';
import { hashPassword } from '../server/src/auth/password.js';
import type { BenchSize } from './types.js';

export const BENCH_PASSWORD = 'bench-password-not-secret';
export const REGION_ID = '10000000-0000-4000-8000-000000000001';
export const networkId = (i: number) => `10000000-0000-4000-8000-${(0x100 + i).toString(16).padStart(12, '0')}`;
export const networkSlug = (i: number) => `reseau-${String(i + 1).padStart(2, '0')}`;
export const adminEmail = (i: number) => `admin@${networkSlug(i)}.bench`;
export const REGION_EMAIL = 'staff@region.bench';

/**
 * The deterministic base: the Region, `networks` networks with an admin each, and
 * `structuresPerNetwork` member structures per network (names, cities and kinds cycle).
 */
export async function generateBase(db: pg.Client, size: BenchSize): Promise<void> {
  const hash = await hashPassword(BENCH_PASSWORD);
  await db.query(`insert into organizations (id, kind, slug, name) values ($1, 'FUNDER', 'region-bench', 'Région (bench)')`, [REGION_ID]);
  await db.query(
    `insert into users (id, email, display_name, password_hash) values (gen_random_uuid(), $1, 'Region staff', $2);
     `.trim(),
    [REGION_EMAIL, hash],
  );
  await db.query(`insert into memberships (id, user_id, organization_id, role) select gen_random_uuid(), id, $1, 'REGION_STAFF' from users where email = $2`, [
    REGION_ID,
    REGION_EMAIL,
  ]);
  for (let i = 0; i < size.networks; i++) {
    const id = networkId(i);
    await db.query(`insert into organizations (id, kind, slug, name, tenant_id) values ($1, 'FEDERATION', $2, $3, $1)`, [id, networkSlug(i), `Réseau ${i + 1}`]);
    await db.query(`insert into users (id, email, display_name, password_hash) values (gen_random_uuid(), $1, $2, $3)`, [adminEmail(i), `Admin ${i + 1}`, hash]);
    await db.query(`insert into memberships (id, user_id, organization_id, role) select gen_random_uuid(), id, $1, 'FEDERATION_ADMIN' from users where email = $2`, [
      id,
      adminEmail(i),
    ]);
    // SIRETs: a deterministic 13-digit stem plus a Luhn check digit computed in SQL.
    await db.query(
      `insert into member_structures (id, tenant_id, name, siret, kinds, postcode, department, city, etp, insertion_headcount, status)
       select gen_random_uuid(), $1::uuid,
              (array['Atelier','Chantier','Jardin','Régie','Recyclerie'])[1 + g % 5] || ' ' || (array['du Var','des Alpes','de Provence','du Rhône','de la Durance','des Calanques'])[1 + g % 6] || ' ' || g,
              stem || (10 - (
                (select sum(case when (14 - pos) % 2 = 1 then (case when d * 2 > 9 then d * 2 - 9 else d * 2 end) else d end)
                   from (select pos, substr(stem, pos, 1)::int as d from generate_series(1, 13) pos) digits) % 10)) % 10,
              case when g % 7 = 0 then array['ACI','EI']::structure_kind[] else array[(array['ACI','AI','EI','ETTI','EITI'])[1 + g % 5]]::structure_kind[] end,
              (array['13001','83000','84000','04000','05000','06000'])[1 + g % 6],
              (array['13','83','84','04','05','06'])[1 + g % 6],
              (array['Marseille','Toulon','Avignon','Digne-les-Bains','Gap','Nice'])[1 + g % 6],
              (5 + g % 20)::numeric, 10 + g % 30,
              case when g % 23 = 0 then 'SUSPENDED' else 'ACTIVE' end::member_status
         from generate_series(1, $2::int) g,
              lateral (select lpad(($3::bigint * 100000 + g)::text, 13, '0') as stem) s`,
      [id, size.structuresPerNetwork, 8000000 + i],
    );
  }
}
