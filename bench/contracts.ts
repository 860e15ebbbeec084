import type pg from 'pg';
import type { BenchModule, BenchSessions, BenchSize } from './types.js';
import { gqlOk, gqlRequest } from './types.js';
import { networkId } from './dataset.js';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
/** The 2019 contract of network i (deterministic id). */
export const contractId = (i: number) => `10000000-0000-4000-8000-${(0x200000 + i).toString(16).padStart(12, '0')}`;

const CONTRACT_PAGE = `query($id: ID!) { contract(id: $id) { id title status budgetCents allocatedCents version
  viewerActions { transitions canEdit }
  objectives { id indicator unit target }
  allocations { id memberStructureId structureName siret department amountCents targets { indicator target } }
  results { indicator target computed examined dynamic } } }`;
const ELIGIBILITY = `query($year: Int!, $filter: EligibilityFilter) { eligibility(year: $year, filter: $filter, first: 100) { totalCount
  totals { structures eligible notEligible undefined dynamicRate }
  lines { memberStructureId structureName networkName rates { examined dynamic dynamicRate eligibility } } } }`;

/**
 * Generates, per network: a SIGNED 2019 contract with two objectives, an allocation to EVERY member
 * structure (1,000 at full size) and a VALIDATED 2019 exit report per structure with varied counts
 * (about a third with nothing examined, so all three eligibility outcomes occur).
 */
async function generate(db: pg.Client, size: BenchSize): Promise<void> {
  for (let i = 0; i < size.networks; i++) {
    const tenant = networkId(i);
    const id = contractId(i);
    await db.query(
      `insert into objective_contracts (id, tenant_id, title, period_start, period_end, status, budget_cents, coordination_cents, approved_at, signed_at)
       values ($1, $2, $3, '2019-01-01', '2019-12-31', 'SIGNED', $4, 1000000, now(), now())`,
      [id, tenant, `Contrat 2019 — réseau ${i + 1}`, 100_000 * size.structuresPerNetwork + 1_000_000],
    );
    await db.query(
      `insert into objectives (id, tenant_id, contract_id, indicator, unit, target, position) values
         (gen_random_uuid(), $1, $2, 'DYNAMIC_EXIT_RATE', 'PERCENT', 60, 0), (gen_random_uuid(), $1, $2, 'PEOPLE_TRAINED', 'COUNT', 500, 1)`,
      [tenant, id],
    );
    await db.query(
      `insert into allocations (id, tenant_id, contract_id, member_structure_id, amount_cents, targets)
       select gen_random_uuid(), tenant_id, $2, id, 100000, '{"PEOPLE_TRAINED": 5}' from member_structures where tenant_id = $1`,
      [tenant, id],
    );
    await db.query(
      `insert into exit_reports (id, tenant_id, member_structure_id, contract_id, year, counts, not_examined, status, validated_at)
       select gen_random_uuid(), tenant_id, id, $2, 2019,
              case when n % 3 = 0 then jsonb_build_object('DEATH', 1)
                   else jsonb_build_object('CDI', n % 6, 'CDD_UNDER_6M', n % 4, 'QUALIFYING_TRAINING', n % 3, 'UNEMPLOYMENT', n % 7, 'DEATH', n % 2) end,
              n % 3, 'VALIDATED', now()
         from (select id, tenant_id, row_number() over (order by id) as n from member_structures where tenant_id = $1) m`,
      [tenant, id],
    );
  }
}

/**
 * `npm run bench` module: the contract page with all its allocations (1,000 at full size) read by
 * the network, and the eligibility view for the Region over every network (20 × 1,000) and for one
 * network. Register it in bench/run.ts: `modules = [..., contractsBenchModule]`.
 */
export const contractsBenchModule: BenchModule = {
  generate,
  scenarios: [
    {
      name: 'contracts: contract page, all allocations (network)',
      request: (s) => gqlRequest(s.network[0].token, s.network[0].slug, CONTRACT_PAGE, { id: gid('ObjectiveContract', contractId(0)) }),
      check: gqlOk,
    },
    {
      name: 'contracts: eligibility view 100 lines (Region, all networks)',
      request: (s) => gqlRequest(s.region, null, ELIGIBILITY, { year: 2019 }),
      check: gqlOk,
    },
    {
      name: 'contracts: eligibility view 100 lines (network)',
      request: (s) => gqlRequest(s.network[0].token, s.network[0].slug, ELIGIBILITY, { year: 2019 }),
      check: gqlOk,
    },
  ],
};

/**
 * The same measurements as a function, for scripts: generates the rows (when `generateRows`), then
 * times `rounds` sequential requests of each scenario against a running server and returns lines
 * like "contracts: … p50 12.3 ms, p95 20.1 ms".
 */
export async function contractsBench(opts: {
  url: string;
  sessions: BenchSessions;
  size: BenchSize;
  db?: pg.Client;
  generateRows?: boolean;
  rounds?: number;
}): Promise<string[]> {
  if (opts.generateRows && opts.db) await generate(opts.db, opts.size);
  const out: string[] = [];
  for (const sc of contractsBenchModule.scenarios) {
    const req = await sc.request(opts.sessions);
    const times: number[] = [];
    for (let r = 0; r < (opts.rounds ?? 20); r++) {
      const t0 = performance.now();
      const res = await fetch(opts.url + req.path, { method: req.method ?? 'GET', headers: req.headers, body: req.body });
      const body = await res.text();
      times.push(performance.now() - t0);
      const problem = sc.check?.(res.status, body);
      if (problem) throw new Error(`${sc.name}: ${problem}`);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    out.push(`${sc.name}: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms (${times.length} sequential)`);
  }
  return out;
}
