import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ORG } from '../../server/src/seed/demo-ids.js';
import { countsByCategory, eligibility, exitRates, type ExitCategory } from '../../server/src/exits/exit-rates.js';
import { gid, makeMembers } from './contracts-fixtures.js';

/**
 * The eligibility view against a reference computed here, from the raw counts with the shared
 * module (no stored sums, no SQL arithmetic): every line and every total, for each filter, paged.
 * Also: the per-category sums stored on the report rows always equal the counts' sums.
 */
type Client = Awaited<ReturnType<TestApp['as']>>;
let app: TestApp;
let rs: Client, ce: Client;

const VIEW = `query($y: Int!, $f: EligibilityFilter, $first: Int, $after: String) { eligibility(year: $y, filter: $f, first: $first, after: $after) {
  totalCount hasNextPage endCursor
  totals { structures eligible notEligible undefined examined dynamic dynamicRate eligibleShare }
  lines { memberStructureId reported rates { examined dynamic withdrawn totalExits dynamicRate eligibility threshold } } } }`;

interface RefLine {
  id: string;
  tenant: string;
  kinds: string[];
  department: string | null;
  reported: boolean;
  rates: { examined: number; dynamic: number; withdrawn: number; totalExits: number; dynamicRate: number | null; eligibility: string; threshold: number };
}

/** Every line of 2019 the Region may see, in the view's order, computed from raw data. */
async function reference(): Promise<RefLine[]> {
  const reasons = await app.sql<{ code: string; category: ExitCategory }>(`select code, category from exit_reasons`);
  const categoryOf = Object.fromEntries(reasons.map((r) => [r.code, r.category]));
  const rows = await app.sql<{ id: string; tenant_id: string; kinds: string; department: string | null; counts: Record<string, number> | null; not_examined: number | null; threshold: string | null }>(
    `select m.id, m.tenant_id, m.kinds::text as kinds, m.department, r.counts, r.not_examined, c.threshold
       from member_structures m join organizations n on n.id = m.tenant_id
       left join exit_reports r on r.tenant_id = m.tenant_id and r.member_structure_id = m.id and r.year = 2019 and r.status = 'VALIDATED'
       left join objective_contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
      order by n.name, m.name, m.id`,
  );
  return rows.map((r) => {
    const threshold = r.threshold === null ? 0.6 : Number(r.threshold);
    const x = exitRates(countsByCategory(r.counts ?? {}, categoryOf), r.not_examined ?? 0);
    return {
      id: gid('Member', r.id),
      tenant: r.tenant_id,
      kinds: r.kinds.replace(/[{}]/g, '').split(',').filter(Boolean),
      department: r.department,
      reported: r.counts !== null,
      rates: {
        examined: x.examined,
        dynamic: x.dynamic,
        withdrawn: x.withdrawn,
        totalExits: x.totalExits,
        dynamicRate: x.dynamicRate ?? null,
        eligibility: eligibility(x.dynamic, x.examined, threshold),
        threshold,
      },
    };
  });
}

function totalsOf(lines: RefLine[]) {
  const n = (e: string) => lines.filter((l) => l.rates.eligibility === e).length;
  const examined = lines.reduce((s, l) => s + l.rates.examined, 0);
  const dynamic = lines.reduce((s, l) => s + l.rates.dynamic, 0);
  const defined = n('ELIGIBLE') + n('NOT_ELIGIBLE');
  return {
    structures: lines.length,
    eligible: n('ELIGIBLE'),
    notEligible: n('NOT_ELIGIBLE'),
    undefined: n('UNDEFINED'),
    examined,
    dynamic,
    dynamicRate: examined > 0 ? dynamic / examined : null,
    eligibleShare: defined > 0 ? n('ELIGIBLE') / defined : null,
  };
}

/** All pages of the view, `first` lines at a time; totals checked identical on every page. */
async function allPages(client: Client, f: Record<string, unknown> | null, first: number) {
  const lines: any[] = [];
  let after: string | null = null;
  let totals: unknown = undefined;
  for (let i = 0; i < 100; i++) {
    const r = await client(VIEW, { y: 2019, f, first, after });
    expect(r.errors).toBeUndefined();
    const v = r.data.eligibility;
    if (totals === undefined) totals = v.totals;
    else expect(v.totals).toEqual(totals);
    lines.push(...v.lines);
    if (!v.hasNextPage) return { lines, totals: v.totals, totalCount: v.totalCount };
    after = v.endCursor;
  }
  throw new Error('too many pages');
}

beforeAll(async () => {
  app = await startTestApp();
  rs = await app.as('region.staff@passerelle.example');
  ce = await app.as('admin@chantier-ecole.example');
  // 40 more structures in two networks, of two kinds and departments, with varied validated 2019 reports.
  const ceIds = await makeMembers(app, ORG.CE, 20, { kinds: ['AI'], department: '84', prefix: 'Ref AI' });
  const fasIds = await makeMembers(app, ORG.FAS, 20, { kinds: ['ACI', 'EI'], department: '13', prefix: 'Ref ACI' });
  for (const [tenant, ids] of [
    [ORG.CE, ceIds],
    [ORG.FAS, fasIds],
  ] as const) {
    const [contract] = await app.sql<{ id: string }>(`select id from objective_contracts where tenant_id = $1 and period_start <= '2019-12-31' and period_end >= '2019-01-01' limit 1`, [tenant]);
    expect(contract).toBeDefined();
    await app.sql(
      `insert into exit_reports (id, tenant_id, member_structure_id, contract_id, year, counts, not_examined, status)
       select gen_random_uuid(), $1, id, $2, 2019,
              case when n % 5 = 0 then '{}'::jsonb when n % 5 = 1 then jsonb_build_object('DEATH', n)
                   else jsonb_build_object('CDI', n % 4, 'CDD_UNDER_6M', n % 3, 'OTHER_SIAE', n % 2, 'UNEMPLOYMENT', n % 5, 'INACTIVITY', 1, 'DEATH', n % 2) end,
              n % 3, case when n % 7 = 3 then 'SUBMITTED' else 'VALIDATED' end::exit_report_status
         from unnest($3::uuid[]) with ordinality as t(id, n)`,
      [tenant, contract.id, ids],
    );
  }
  // 7 dynamic out of 10 examined against 0.70: exactly at the threshold, eligible.
  await app.sql(`update objective_contracts set threshold = 0.7 where tenant_id = $1 and period_start <= '2019-12-31' and period_end >= '2019-01-01'`, [ORG.FAS]);
  await app.sql(`update exit_reports set counts = '{"CDI": 7, "UNEMPLOYMENT": 3}' where member_structure_id = $1 and year = 2019`, [fasIds[3]]);
});
afterAll(() => app?.close());

describe('eligibility view matches the reference computed from raw counts', () => {
  it('every line and the totals, for the Region, paged 7 at a time', async () => {
    const ref = await reference();
    expect(ref.length).toBeGreaterThan(40);
    const v = await allPages(rs, null, 7);
    expect(v.totalCount).toBe(ref.length);
    expect(v.lines).toEqual(ref.map(({ id, reported, rates }) => ({ memberStructureId: id, reported, rates })));
    expect(v.totals).toEqual(totalsOf(ref));
    expect(new Set(ref.map((l) => l.rates.eligibility))).toEqual(new Set(['ELIGIBLE', 'NOT_ELIGIBLE', 'UNDEFINED']));
  });

  it('the exact-threshold case is eligible (7 / 10 against 0.70)', async () => {
    const ref = await reference();
    expect(ref.some((l) => l.rates.threshold === 0.7 && l.rates.examined === 10 && l.rates.dynamic === 7 && l.rates.eligibility === 'ELIGIBLE')).toBe(true);
  });

  const filters: [string, Record<string, unknown>, (l: RefLine) => boolean][] = [
    ['eligible', { eligibility: 'ELIGIBLE' }, (l) => l.rates.eligibility === 'ELIGIBLE'],
    ['not eligible', { eligibility: 'NOT_ELIGIBLE' }, (l) => l.rates.eligibility === 'NOT_ELIGIBLE'],
    ['undefined', { eligibility: 'UNDEFINED' }, (l) => l.rates.eligibility === 'UNDEFINED'],
    ['kind EI', { kind: 'EI' }, (l) => l.kinds.includes('EI')],
    ['department 84', { department: '84' }, (l) => l.department === '84'],
    ['one network', { networkId: gid('Organization', ORG.FAS) }, (l) => l.tenant === ORG.FAS],
    ['network + kind + outcome', { networkId: gid('Organization', ORG.CE), kind: 'AI', eligibility: 'NOT_ELIGIBLE' }, (l) => l.tenant === ORG.CE && l.kinds.includes('AI') && l.rates.eligibility === 'NOT_ELIGIBLE'],
  ];
  for (const [name, f, keep] of filters)
    it(`filtered: ${name}`, async () => {
      const ref = (await reference()).filter(keep);
      expect(ref.length).toBeGreaterThan(0);
      const v = await allPages(rs, f, 5);
      expect(v.lines.map((l: any) => l.memberStructureId)).toEqual(ref.map((l) => l.id));
      expect(v.lines.map((l: any) => l.rates)).toEqual(ref.map((l) => l.rates));
      expect(v.totals).toEqual(totalsOf(ref));
      expect(v.totalCount).toBe(ref.length);
    });

  it("a network's own view equals the Region's filtered on it", async () => {
    const ref = (await reference()).filter((l) => l.tenant === ORG.CE);
    const v = await allPages(ce, null, 100);
    expect(v.lines.map((l: any) => l.memberStructureId)).toEqual(ref.map((l) => l.id));
    expect(v.totals).toEqual(totalsOf(ref));
  });

  it('a page past the end has no lines but still the totals; the default page is 100 lines', async () => {
    const ref = await reference();
    const all = await rs(VIEW, { y: 2019, first: 1 });
    const cursor = Buffer.from(`o:${ref.length + 5}`, 'utf8').toString('base64url');
    const past = await rs(VIEW, { y: 2019, first: 10, after: cursor });
    expect(past.data.eligibility.lines).toEqual([]);
    expect(past.data.eligibility.totals).toEqual(all.data.eligibility.totals);
    expect(past.data.eligibility.totalCount).toBe(ref.length);
    await makeMembers(app, ORG.COCAGNE, 120, { prefix: 'Bulk' });
    const dflt = await rs(VIEW, { y: 2019 });
    expect(dflt.data.eligibility.lines).toHaveLength(100);
    expect(dflt.data.eligibility.hasNextPage).toBe(true);
  });
});

describe('per-category sums stored on the report rows', () => {
  const mismatches = async () =>
    (
      await app.sql(
        `select count(*)::int as n from exit_reports r cross join lateral (
           select coalesce(sum(e.value::int) filter (where er.category = 'SUSTAINABLE_EMPLOYMENT'), 0) as s,
                  coalesce(sum(e.value::int) filter (where er.category = 'TRANSITION_EMPLOYMENT'), 0) as t,
                  coalesce(sum(e.value::int) filter (where er.category = 'POSITIVE_EXIT'), 0) as p,
                  coalesce(sum(e.value::int) filter (where er.category = 'OTHER_EXIT'), 0) as o,
                  coalesce(sum(e.value::int) filter (where er.category = 'WITHDRAWN'), 0) as w
             from jsonb_each_text(r.counts) e join exit_reasons er on er.code = e.key) x
          where (r.exits_sustainable, r.exits_transition, r.exits_positive, r.exits_other, r.exits_withdrawn) is distinct from (x.s, x.t, x.p, x.o, x.w)`,
      )
    )[0].n as number;

  it('equal the sums of the counts for every report, seeded or inserted, and follow edits', async () => {
    const [{ n }] = await app.sql(`select count(*)::int as n from exit_reports where exits_sustainable + exits_transition + exits_positive + exits_other + exits_withdrawn > 0`);
    expect(n).toBeGreaterThan(20);
    expect(await mismatches()).toBe(0);
    await app.sql(`update exit_reports set counts = '{"CDI": 2, "QUALIFYING_TRAINING": 5, "NO_NEWS": 1}' where year = 2019 and tenant_id = $1`, [ORG.CE]);
    expect(await mismatches()).toBe(0);
    const [row] = await app.sql(`select exits_sustainable as s, exits_positive as p, exits_other as o from exit_reports where year = 2019 and tenant_id = $1 limit 1`, [ORG.CE]);
    expect(row).toEqual({ s: 2, p: 5, o: 1 });
  });

  it('are recomputed when a reason changes category in the catalogue', async () => {
    await app.sql(`update exit_reasons set category = 'OTHER_EXIT' where code = 'QUALIFYING_TRAINING'`);
    try {
      expect(await mismatches()).toBe(0);
      const [row] = await app.sql(`select exits_positive as p, exits_other as o from exit_reports where year = 2019 and tenant_id = $1 limit 1`, [ORG.CE]);
      expect(row).toEqual({ p: 0, o: 6 });
    } finally {
      await app.sql(`update exit_reasons set category = 'POSITIVE_EXIT' where code = 'QUALIFYING_TRAINING'`);
    }
    expect(await mismatches()).toBe(0);
  });
});
