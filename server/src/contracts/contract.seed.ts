import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { NETWORKS, ORG, USER } from '../seed/demo-ids.js';

/**
 * Demo contracts for 2019 (one per network: Chantier école's SIGNED with objectives and
 * allocations, the others in DRAFT or NEGOTIATION), validated exit reports for some Chantier école
 * members (eligible, not eligible, undefined) and the Region's envelopes. Members are read at run
 * time, so this step runs after the members step.
 */
export async function seedContracts(client: pg.PoolClient | pg.Client): Promise<void> {
  await client.query(`insert into region_settings (year, envelope_cents) values (2018, 350000000), (2019, 350000000) on conflict do nothing`);
  const statusOf: Record<string, string> = { [ORG.CE]: 'SIGNED', [ORG.FAS]: 'NEGOTIATION', [ORG.COORACE]: 'DRAFT', [ORG.RQ]: 'NEGOTIATION', [ORG.COCAGNE]: 'DRAFT' };
  const contractOf: Record<string, string> = {};
  for (const n of NETWORKS) {
    const id = randomUUID();
    contractOf[n.id] = id;
    const signed = statusOf[n.id] === 'SIGNED';
    await client.query(
      `insert into objective_contracts (id, tenant_id, title, period_start, period_end, status, budget_cents, coordination_cents,
         approved_by, approved_at, signed_by, signed_at)
       values ($1, $2, $3, '2019-01-01', '2019-12-31', $4, $5, $6, $7, $8, $9, $8)`,
      [
        id,
        n.id,
        `Contrat d'objectifs 2019 — ${n.name}`,
        statusOf[n.id],
        n.id === ORG.CE ? 80_000_000 : 60_000_000,
        n.id === ORG.CE ? 12_000_000 : 9_000_000,
        signed ? USER.CE_ADMIN : null,
        signed ? '2019-02-15T10:00:00Z' : null,
        signed ? USER.REGION_ADMIN : null,
      ],
    );
    await client.query(
      `insert into objectives (id, tenant_id, contract_id, indicator, unit, target, position) values
         (gen_random_uuid(), $1, $2, 'DYNAMIC_EXIT_RATE', 'PERCENT', 60, 0),
         (gen_random_uuid(), $1, $2, 'PEOPLE_TRAINED', 'COUNT', 120, 1),
         (gen_random_uuid(), $1, $2, 'TRAINING_HOURS', 'HOURS', 2400, 2),
         (gen_random_uuid(), $1, $2, 'MEMBER_STRUCTURES', 'COUNT', 12, 3)`,
      [n.id, id],
    );
    await client.query(
      `insert into audit_events (id, tenant_id, entity_type, entity_id, action, changes, actor_user_id, actor_organization_id)
       values (gen_random_uuid(), $1, 'ObjectiveContract', $2, 'created', null, $3, $4)`,
      [n.id, id, USER.REGION_STAFF, ORG.REGION],
    );
    if (signed)
      await client.query(
        `insert into audit_events (id, tenant_id, entity_type, entity_id, action, changes, actor_user_id, actor_organization_id, created_at)
         values (gen_random_uuid(), $1, 'ObjectiveContract', $2, 'status:SIGNED', '{"status":{"from":"NEGOTIATION","to":"SIGNED"}}', $3, $4, now())`,
        [n.id, id, USER.REGION_ADMIN, ORG.REGION],
      );
  }

  // Chantier école: allocations to its first members (read now, whatever the members step seeded).
  const ce = contractOf[ORG.CE];
  const { rows: members } = await client.query<{ id: string }>(
    `select id from member_structures where tenant_id = $1 order by (id = '00000000-0000-4000-8000-000000002001') desc, name limit 8`,
    [ORG.CE],
  );
  for (const [i, m] of members.entries())
    await client.query(
      `insert into allocations (id, tenant_id, contract_id, member_structure_id, amount_cents, targets) values (gen_random_uuid(), $1, $2, $3, $4, $5)`,
      [ORG.CE, ce, m.id, 6_000_000 + (i % 3) * 1_000_000, JSON.stringify({ PEOPLE_TRAINED: 10 + i, TRAINING_HOURS: 200 + 20 * i })],
    );

  // 2018: Chantier école's contract, closed, with validated reports (the dashboard's trend has a past).
  const ce2018 = randomUUID();
  await client.query(
    `insert into objective_contracts (id, tenant_id, title, period_start, period_end, status, budget_cents, coordination_cents, approved_by, approved_at, signed_by, signed_at)
     values ($1, $2, $3, '2018-01-01', '2018-12-31', 'CLOSED', 70000000, 10000000, $4, '2018-02-10T10:00:00Z', $5, '2018-02-20T10:00:00Z')`,
    [ce2018, ORG.CE, "Contrat d'objectifs 2018 — Chantier école PACA", USER.CE_ADMIN, USER.REGION_ADMIN],
  );
  const past: Record<string, number>[] = [{ CDI: 3, CDD_UNDER_6M: 2, UNEMPLOYMENT: 6 }, { CDI: 6, QUALIFYING_TRAINING: 2, NO_NEWS: 3 }, { INTERIM_6M_PLUS: 4, INACTIVITY: 2 }];
  for (const [i, counts] of past.entries()) {
    const m = members[i];
    if (!m) break;
    await client.query(
      `insert into exit_reports (id, tenant_id, member_structure_id, contract_id, year, counts, status, submitted_at, validated_by, validated_at)
       values (gen_random_uuid(), $1, $2, $3, 2018, $4, 'VALIDATED', '2019-02-01T09:00:00Z', $5, '2019-02-20T09:00:00Z')`,
      [ORG.CE, m.id, ce2018, JSON.stringify(counts), USER.CE_ADMIN],
    );
  }

  // Exit reports for 2019: eligible (DOMAIN.md's first example), not eligible (second), undefined (all withdrawn), one still submitted.
  const reports: [Record<string, number>, string][] = [
    [{ CDI: 5, CDD_UNDER_6M: 4, QUALIFYING_TRAINING: 3, UNEMPLOYMENT: 6, DEATH: 2 }, 'VALIDATED'],
    [{ CDI: 4, INTERIM_UNDER_6M: 5, OTHER_SIAE: 4, NO_NEWS: 11, SERIOUS_MISCONDUCT: 1 }, 'VALIDATED'],
    [{ LONG_ILLNESS_MATERNITY: 2 }, 'VALIDATED'],
    [{ CDI: 2, UNEMPLOYMENT: 3 }, 'SUBMITTED'],
  ];
  for (const [i, [counts, status]] of reports.entries()) {
    const m = members[i];
    if (!m) break;
    await client.query(
      `insert into exit_reports (id, tenant_id, member_structure_id, contract_id, year, counts, not_examined, status, submitted_at, validated_by, validated_at)
       values (gen_random_uuid(), $1, $2, $3, 2019, $4, $5, $6, '2020-02-01T09:00:00Z', $7, $8)`,
      [ORG.CE, m.id, ce, JSON.stringify(counts), i, status, status === 'VALIDATED' ? USER.CE_ADMIN : null, status === 'VALIDATED' ? '2020-02-20T09:00:00Z' : null],
    );
  }
}
