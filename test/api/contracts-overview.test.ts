import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { ORG } from '../../server/src/seed/demo-ids.js';
import { AMEND, APPROVE, CREATE, SET_ALLOCATIONS, TRANSITION, calanquesStructure, gid, makeMembers } from './contracts-fixtures.js';

/** "Mes objectifs" in a fixed number of statements, the dashboard's contracts by status, amendments of targets, allocations and end date. */
type Client = Awaited<ReturnType<TestApp['as']>>;
let app: TestApp;
let ra: Client, rs: Client, ce: Client, st: Client;
let calanques: string;
let other: string;

const count = async (table: string) => (await app.sql(`select count(*)::int as n from ${table}`))[0].n as number;

async function draft(network: string, year: number, extra: Record<string, unknown> = {}) {
  const r = await rs(CREATE, { i: { networkId: gid('Organization', network), title: `C ${year}`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, budgetCents: 1_000_000, ...extra } });
  expect(r.errors).toBeUndefined();
  return r.data.createContract.contract as { id: string; version: number };
}

async function toStatus(c: { id: string; version: number }, to: 'NEGOTIATION' | 'CANCELLED') {
  const r = await rs(TRANSITION, { i: { id: c.id, version: c.version, to } });
  expect(r.errors).toBeUndefined();
  return r.data.transitionContract.contract as { id: string; version: number };
}

/** A CE contract for a year covering Calanques (with its own targets) and another structure. */
async function covering(year: number) {
  const c = await draft(ORG.CE, year, { objectives: [{ indicator: 'PEOPLE_TRAINED', unit: 'COUNT', target: 10 }] });
  const a = await rs(SET_ALLOCATIONS, {
    i: {
      contractId: c.id,
      version: c.version,
      allocations: [
        { memberStructureId: gid('Member', calanques), amountCents: 1000, targets: [{ indicator: 'PEOPLE_TRAINED', target: 3 }] },
        { memberStructureId: gid('Member', other), amountCents: 2000, targets: [{ indicator: 'PEOPLE_TRAINED', target: 7 }] },
      ],
    },
  });
  expect(a.errors).toBeUndefined();
  return { id: c.id, version: a.data.setAllocations.contract.version as number };
}

beforeAll(async () => {
  app = await startTestApp();
  ra = await app.as('region.admin@passerelle.example');
  rs = await app.as('region.staff@passerelle.example');
  ce = await app.as('admin@chantier-ecole.example');
  st = await app.as('structure@calanques.example');
  calanques = await calanquesStructure(app);
  [other] = await makeMembers(app, ORG.CE, 1, { prefix: 'Autre structure' });
});
afterAll(() => app?.close());

const MY = `{ myObjectives { contract { id title periodStart objectives { indicator target } } allocation { memberStructureId amountCents targets { indicator target } } exitReports { id year } } }`;

describe('"Mes objectifs"', () => {
  it('takes as many statements with 3 covering contracts as with 1, and shows only its own allocation', async () => {
    const before = (await st(MY)).data.myObjectives.length as number;
    await covering(2041);
    let one: any;
    const n1 = await app.countQueries(async () => (one = await st(MY)));
    expect(one.errors).toBeUndefined();
    expect(one.data.myObjectives).toHaveLength(before + 1);
    await covering(2042);
    await covering(2043);
    let three: any;
    const n3 = await app.countQueries(async () => (three = await st(MY)));
    expect(three.data.myObjectives).toHaveLength(before + 3);
    expect(n3).toBe(n1);
    const mine = three.data.myObjectives.filter((m: any) => /^204[123]/.test(m.contract.periodStart));
    expect(mine).toHaveLength(3);
    for (const m of mine) {
      expect(m.allocation).toEqual({ memberStructureId: gid('Member', calanques), amountCents: 1000, targets: [{ indicator: 'PEOPLE_TRAINED', target: 3 }] });
      expect(m.contract.objectives).toEqual([{ indicator: 'PEOPLE_TRAINED', target: 10 }]);
    }
    expect(JSON.stringify(three.data)).not.toContain(gid('Member', other));
  });
});

describe('Region dashboard: contracts by status per network', () => {
  const DASH = `query($y: Int!) { regionDashboard(year: $y) { contractsByStatus { status count } networks { networkId networkName statusCounts { status count } } } }`;
  const counts = (list: { status: string; count: number }[]) => Object.fromEntries(list.map((s) => [s.status, s.count]));

  it('counts every contract covering the year by status, per network and in all', async () => {
    await draft(ORG.CE, 2045);
    await toStatus(await draft(ORG.FAS, 2045, { periodEnd: '2045-06-30' }), 'NEGOTIATION');
    await toStatus(await draft(ORG.FAS, 2044, { periodStart: '2044-01-01', periodEnd: '2044-12-31' }), 'NEGOTIATION'); // another year: not counted
    await toStatus(await draft(ORG.COCAGNE, 2045), 'CANCELLED');
    await draft(ORG.COCAGNE, 2045, { periodStart: '2045-03-01' });
    const r = await rs(DASH, { y: 2045 });
    expect(r.errors).toBeUndefined();
    const d = r.data.regionDashboard;
    const by = (id: string) => counts(d.networks.find((n: any) => n.networkId === gid('Organization', id)).statusCounts);
    expect(by(ORG.CE)).toEqual({ DRAFT: 1, NEGOTIATION: 0, SIGNED: 0, CLOSED: 0, CANCELLED: 0 });
    expect(by(ORG.FAS)).toEqual({ DRAFT: 0, NEGOTIATION: 1, SIGNED: 0, CLOSED: 0, CANCELLED: 0 });
    expect(by(ORG.COCAGNE)).toEqual({ DRAFT: 1, NEGOTIATION: 0, SIGNED: 0, CLOSED: 0, CANCELLED: 1 });
    expect(counts(d.contractsByStatus)).toEqual({ DRAFT: 2, NEGOTIATION: 1, SIGNED: 0, CLOSED: 0, CANCELLED: 1 });
    const none = await rs(DASH, { y: 2070 });
    expect(none.data.regionDashboard.contractsByStatus.every((s: any) => s.count === 0)).toBe(true);
  });

  it('is the Region\'s only; the number of statements does not grow with the contracts', async () => {
    expect(errorCode(await ce(DASH, { y: 2045 }))).toBe('FORBIDDEN');
    const a = await app.countQueries(() => rs(DASH, { y: 2045 }));
    await draft(ORG.RQ, 2045);
    const b = await app.countQueries(() => rs(DASH, { y: 2045 }));
    expect(b).toBe(a);
  });
});

describe('amendments of targets, allocations and the end date', () => {
  async function signed(year: number) {
    const c = await covering(year);
    const n = await toStatus(c, 'NEGOTIATION');
    const p = await ce(APPROVE, { i: { id: c.id, version: n.version } });
    const s = await ra(TRANSITION, { i: { id: c.id, version: p.data.approveContract.contract.version, to: 'SIGNED' } });
    expect(s.data.transitionContract.contract.status).toBe('SIGNED');
    return s.data.transitionContract.contract as { id: string; version: number };
  }

  it('keeps the before and after of each changed objective target, allocation, structure target and the end date', async () => {
    const c = await signed(2047);
    const r = await ra(AMEND, {
      i: {
        contractId: c.id,
        version: c.version,
        reason: 'Avenant : objectifs revus',
        periodEnd: '2047-09-30',
        objectives: [
          { indicator: 'PEOPLE_TRAINED', unit: 'COUNT', target: 12 },
          { indicator: 'TRAINING_HOURS', unit: 'HOURS', target: 150 },
        ],
        allocations: [
          { memberStructureId: gid('Member', calanques), amountCents: 1500, targets: [{ indicator: 'PEOPLE_TRAINED', target: 4 }, { indicator: 'TRAINING_HOURS', target: 40 }] },
          { memberStructureId: gid('Member', other), amountCents: 2000, targets: [{ indicator: 'PEOPLE_TRAINED', target: 7 }] },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    const a = r.data.amendContract.contract;
    expect(a.periodEnd).toBe('2047-09-30');
    const changes = a.amendments[0].changes;
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'periodEnd', before: '2047-12-31', after: '2047-09-30' },
        { field: 'objective:PEOPLE_TRAINED', before: '10', after: '12' },
        { field: 'objective:TRAINING_HOURS', before: null, after: '150' },
        { field: expect.stringMatching(/^allocation:Atelier Calanques/), before: '1000', after: '1500' },
        { field: expect.stringMatching(/^target:Atelier Calanques.*:PEOPLE_TRAINED$/), before: '3', after: '4' },
        { field: expect.stringMatching(/^target:Atelier Calanques.*:TRAINING_HOURS$/), before: null, after: '40' },
      ]),
    );
    // Unchanged figures are not listed.
    expect(changes.some((ch: any) => ch.field.startsWith('allocation:Autre') || ch.field.startsWith('target:Autre') || ch.field === 'budgetCents')).toBe(false);
  });

  it('refuses a structure target of the wrong kind; nothing written', async () => {
    const c = await signed(2048);
    const before = await count('amendments');
    const r = await ra(AMEND, {
      i: {
        contractId: c.id,
        version: c.version,
        reason: 'x',
        allocations: [{ memberStructureId: gid('Member', calanques), amountCents: 1000, targets: [{ indicator: 'PEOPLE_TRAINED', target: 2.5 }] }],
      },
    });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect((r.errors?.[0]?.extensions?.fields as any[]).map((f) => f.field)).toContain('allocations.0.targets.0.target');
    expect(await count('amendments')).toBe(before);
  });
});

describe("the exit-report form's structure search", () => {
  const SEARCH = `query($filter: MemberFilter) { members(first: 20, filter: $filter) { totalCount edges { node { id name kinds } } } }`;

  it('finds any member of the network on the server, beyond the first page, and never another network\'s', async () => {
    const ids = await makeMembers(app, ORG.CE, 150, { prefix: 'Masse recherche' });
    const all = await ce(SEARCH, { filter: { search: 'Masse recherche' } });
    expect(all.data.members.totalCount).toBe(150);
    expect(all.data.members.edges).toHaveLength(20);
    const one = await ce(SEARCH, { filter: { search: 'masse recherche 0142' } });
    expect(one.data.members.edges.map((e: any) => e.node.id)).toEqual([gid('Member', ids[141])]);
    const fas = await app.as('staff@fas.example');
    expect((await fas(SEARCH, { filter: { search: 'Masse recherche' } })).data.members.totalCount).toBe(0);
  });
});
