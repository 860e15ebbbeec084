import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type GqlResult, type TestApp } from '../helpers/app.js';
import { asAppRole } from '../helpers/rls.js';
import { ORG } from '../../server/src/seed/demo-ids.js';
import { APPROVE, COMMENT, CONTRACT, CREATE, SET_ALLOCATIONS, TRANSITION, UPDATE, calanquesStructure, gid, makeMembers, rawOf } from './contracts-fixtures.js';

type Client = Awaited<ReturnType<TestApp['as']>>;
let app: TestApp;
let ra: Client, rs: Client, ce: Client, fas: Client, st: Client;
let ceMembers: string[];
let fasMember: string;

const fields = (r: GqlResult) => (r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[];
const count = async (table: string) => (await app.sql(`select count(*)::int as n from ${table}`))[0].n as number;

async function draft(year: number, extra: Record<string, unknown> = {}) {
  const r = await rs(CREATE, {
    i: { networkId: gid('Organization', ORG.CE), title: `Contrat ${year}`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, budgetCents: 1_000_000, coordinationCents: 100_000, ...extra },
  });
  expect(r.errors).toBeUndefined();
  return r.data.createContract.contract as { id: string; version: number };
}

beforeAll(async () => {
  app = await startTestApp();
  ra = await app.as('region.admin@passerelle.example');
  rs = await app.as('region.staff@passerelle.example');
  ce = await app.as('admin@chantier-ecole.example');
  fas = await app.as('staff@fas.example');
  st = await app.as('structure@calanques.example');
  await calanquesStructure(app);
  ceMembers = await makeMembers(app, ORG.CE, 3);
  [fasMember] = await makeMembers(app, ORG.FAS, 1);
});
afterAll(() => app?.close());

describe('bad input fails cleanly, nothing written', () => {
  it('a period that ends before it starts', async () => {
    const before = await count('objective_contracts');
    const r = await rs(CREATE, { i: { networkId: gid('Organization', ORG.CE), title: 'X', periodStart: '2040-06-01', periodEnd: '2040-01-01', budgetCents: 100 } });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(fields(r)).toContainEqual(expect.objectContaining({ field: 'periodEnd', code: 'contract.period.endBeforeStart' }));
    expect(await count('objective_contracts')).toBe(before);
  });

  it('a second contract for the same network over an overlapping period', async () => {
    await draft(2041);
    const before = await count('objective_contracts');
    const r = await rs(CREATE, { i: { networkId: gid('Organization', ORG.CE), title: 'Y', periodStart: '2041-06-01', periodEnd: '2042-05-31', budgetCents: 100 } });
    expect(errorCode(r)).toBe('CONFLICT');
    expect(fields(r)[0]).toMatchObject({ field: 'periodStart', code: 'contract.period.overlap' });
    expect(await count('objective_contracts')).toBe(before);
    // Another network may have the same period.
    const other = await rs(CREATE, { i: { networkId: gid('Organization', ORG.FAS), title: 'Z', periodStart: '2041-01-01', periodEnd: '2041-12-31', budgetCents: 100 } });
    expect(other.errors).toBeUndefined();
  });

  it('the database refuses an overlap even when the service is bypassed', async () => {
    await expect(
      app.sql(`insert into objective_contracts (id, tenant_id, title, period_start, period_end, budget_cents) values (gen_random_uuid(), $1, 'raw', '2041-03-01', '2041-04-01', 0)`, [ORG.CE]),
    ).rejects.toThrow(/objective_contracts_no_overlap/);
  });

  it('targets of the wrong unit, negative or over 100 %, and unknown indicators', async () => {
    const before = await count('objective_contracts');
    const r = await rs(CREATE, {
      i: {
        networkId: gid('Organization', ORG.CE), title: 'U', periodStart: '2043-01-01', periodEnd: '2043-12-31', budgetCents: 100,
        objectives: [
          { indicator: 'DYNAMIC_EXIT_RATE', unit: 'COUNT', target: 60 },
          { indicator: 'TRAINING_HOURS', unit: 'HOURS', target: -5 },
          { indicator: 'SUSTAINABLE_EXIT_RATE', unit: 'PERCENT', target: 140 },
          { indicator: 'PEOPLE_TRAINED', unit: 'COUNT', target: 2.5 },
          { indicator: 'NOPE', unit: 'COUNT', target: 1 },
        ],
      },
    });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(fields(r).map((f) => `${f.field}:${f.code}`)).toEqual(
      expect.arrayContaining([
        'objectives.0.unit:objective.unit.mismatch',
        'objectives.1.target:objective.target.negative',
        'objectives.2.target:objective.target.percentTooHigh',
        'objectives.3.target:objective.target.notWhole',
        'objectives.4.indicator:objective.indicator.unknown',
      ]),
    );
    expect(await count('objective_contracts')).toBe(before);
  });

  it('allocations over the budget, negative amounts, a structure of another network', async () => {
    const c = await draft(2044);
    const before = await count('allocations');
    const over = await rs(SET_ALLOCATIONS, {
      i: { contractId: c.id, version: c.version, allocations: ceMembers.map((m) => ({ memberStructureId: gid('Member', m), amountCents: 400_000 })) },
    });
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(fields(over)[0]).toMatchObject({ field: 'allocations', code: 'allocations.overBudget' });
    const negative = await rs(SET_ALLOCATIONS, { i: { contractId: c.id, version: c.version, allocations: [{ memberStructureId: gid('Member', ceMembers[0]), amountCents: -1 }] } });
    expect(fields(negative)[0]).toMatchObject({ field: 'allocations.0.amountCents', code: 'money.negative' });
    const foreign = await rs(SET_ALLOCATIONS, { i: { contractId: c.id, version: c.version, allocations: [{ memberStructureId: gid('Member', fasMember), amountCents: 1 }] } });
    expect(fields(foreign)[0]).toMatchObject({ field: 'allocations.0.memberStructureId', code: 'allocation.structure.notMember' });
    expect(await count('allocations')).toBe(before);
    const [row] = await app.sql(`select version from objective_contracts where id = $1`, [rawOf(c.id)]);
    expect(row.version).toBe(c.version);
  });

  it('lowering the budget under the allocations is refused; the database trigger is the second wall', async () => {
    const c = await draft(2045);
    const ok = await rs(SET_ALLOCATIONS, { i: { contractId: c.id, version: c.version, allocations: [{ memberStructureId: gid('Member', ceMembers[0]), amountCents: 800_000 }] } });
    expect(ok.errors).toBeUndefined();
    const v = ok.data.setAllocations.contract.version;
    const r = await rs(UPDATE, { i: { id: c.id, version: v, budgetCents: 500_000 } });
    expect(fields(r)[0]).toMatchObject({ field: 'budgetCents', code: 'contract.budget.belowAllocations' });
    await expect(app.sql(`update allocations set amount_cents = 5000000 where contract_id = $1`, [rawOf(c.id)])).rejects.toThrow(/exceed the contract budget/);
  });

  it('a stale version is a CONFLICT and nothing is lost', async () => {
    const c = await draft(2046);
    const first = await rs(UPDATE, { i: { id: c.id, version: c.version, title: 'Premier' } });
    expect(first.errors).toBeUndefined();
    const staleRegion = await rs(UPDATE, { i: { id: c.id, version: c.version, title: 'Second' } });
    expect(errorCode(staleRegion)).toBe('CONFLICT');
    const staleAlloc = await rs(SET_ALLOCATIONS, { i: { contractId: c.id, version: c.version, allocations: [] } });
    expect(errorCode(staleAlloc)).toBe('CONFLICT');
    const staleMove = await rs(TRANSITION, { i: { id: c.id, version: c.version, to: 'NEGOTIATION' } });
    expect(errorCode(staleMove)).toBe('CONFLICT');
    const [row] = await app.sql(`select title, status from objective_contracts where id = $1`, [rawOf(c.id)]);
    expect(row).toMatchObject({ title: 'Premier', status: 'DRAFT' });
  });

  it('transitions the state does not allow are refused with a clear reason', async () => {
    const c = await draft(2047);
    const sign = await ra(TRANSITION, { i: { id: c.id, version: c.version, to: 'SIGNED' } });
    expect(errorCode(sign)).toBe('FORBIDDEN');
    expect(sign.errors![0]).toMatchObject({ message: 'A DRAFT contract cannot move to SIGNED', extensions: { reason: 'transition.notFromStatus' } });
    const approve = await ce(APPROVE, { i: { id: c.id, version: c.version } });
    expect(errorCode(approve)).toBe('FORBIDDEN');
    expect((await app.sql(`select status, approved_at from objective_contracts where id = $1`, [rawOf(c.id)]))[0]).toMatchObject({ status: 'DRAFT', approved_at: null });
  });

  it('an edit during negotiation clears an earlier approval', async () => {
    const c = await draft(2048);
    const n = await rs(TRANSITION, { i: { id: c.id, version: c.version, to: 'NEGOTIATION' } });
    const a = await ce(APPROVE, { i: { id: c.id, version: n.data.transitionContract.contract.version } });
    expect(a.data.approveContract.contract.approved).toBe(true);
    const u = await rs(UPDATE, { i: { id: c.id, version: a.data.approveContract.contract.version, budgetCents: 2_000_000 } });
    expect(u.data.updateContract.contract.approved).toBe(false);
  });
});

describe('isolation between networks', () => {
  let id: string;
  let commentId: string;
  beforeAll(async () => {
    const c = await draft(2050);
    const s = await rs(SET_ALLOCATIONS, { i: { contractId: c.id, version: c.version, allocations: [{ memberStructureId: gid('Member', ceMembers[1]), amountCents: 1000 }] } });
    const t = await rs(TRANSITION, { i: { id: c.id, version: s.data.setAllocations.contract.version, to: 'NEGOTIATION' } });
    id = t.data.transitionContract.contract.id;
    const k = await ce(COMMENT, { i: { contractId: id, body: 'Message interne' } });
    commentId = k.data.addContractComment.comment.id;
  });

  it('another network reads nothing: contract, node, list', async () => {
    expect(errorCode(await fas(CONTRACT, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await fas(`query($id: ID!) { node(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');
    const list = await fas(`{ contracts(first: 100) { edges { node { id network { name } } } } }`);
    expect(list.data.contracts.edges.every((e: any) => e.node.network.name !== 'Chantier école PACA')).toBe(true);
    expect(list.data.contracts.edges.map((e: any) => e.node.id)).not.toContain(id);
  });

  it('another network cannot act on it: every mutation answers NOT_FOUND and writes nothing', async () => {
    const comments = await count('contract_comments');
    const version = (await app.sql(`select version from objective_contracts where id = $1`, [rawOf(id)]))[0].version;
    for (const r of [
      await fas(UPDATE, { i: { id, version, title: 'Pirate' } }),
      await fas(SET_ALLOCATIONS, { i: { contractId: id, version, allocations: [] } }),
      await fas(COMMENT, { i: { contractId: id, body: 'Intrus' } }),
    ])
      expect(errorCode(r)).toBe('NOT_FOUND');
    expect(await count('contract_comments')).toBe(comments);
    expect(errorCode(await fas(`query($id: ID!) { node(id: $id) { id } }`, { id: commentId }))).toBe('NOT_FOUND');
    // The same lookup works for the owner, so the refusal above is about the tenant.
    expect((await ce(`query($id: ID!) { node(id: $id) { ... on ContractComment { body } } }`, { id: commentId })).data.node.body).toBe('Message interne');
  });

  it('contractHistory answers the owner and the Region, NOT_FOUND for another network', async () => {
    const q = `query($id: ID!) { contractHistory(id: $id, first: 10) { totalCount edges { node { action actorOrganizationName } } } }`;
    const own = await ce(q, { id });
    expect(own.data.contractHistory.edges.map((e: any) => e.node.action)).toEqual(expect.arrayContaining(['created', 'allocations', 'status:NEGOTIATION', 'commented']));
    expect((await rs(q, { id })).data.contractHistory.totalCount).toBe(own.data.contractHistory.totalCount);
    expect(errorCode(await fas(q, { id }))).toBe('NOT_FOUND');
  });

  it('a structure user does not see a contract that does not cover it, nor other structures’ allocations', async () => {
    expect(errorCode(await st(CONTRACT, { id }))).toBe('NOT_FOUND');
  });

  it('row-level security alone hides another network’s contracts, allocations and comments', async () => {
    const asFas = { tenantId: ORG.FAS, orgKind: 'FEDERATION' as const, organizationId: ORG.FAS };
    for (const t of ['objective_contracts', 'allocations', 'objectives', 'contract_comments', 'exit_reports'])
      expect(await asAppRole(app, asFas, `select count(*)::int as n from ${t} where tenant_id = $1`, [ORG.CE])).toEqual([{ n: 0 }]);
    const asCe = { tenantId: ORG.CE, orgKind: 'FEDERATION' as const, organizationId: ORG.CE };
    expect((await asAppRole(app, asCe, `select count(*)::int as n from contract_comments`))[0].n).toBeGreaterThan(0);
    // A structure account: its own allocation rows only, no discussion.
    const structure = await calanquesStructure(app);
    const asSt = { tenantId: ORG.CE, orgKind: 'STRUCTURE' as const, organizationId: ORG.CALANQUES_ACCOUNT, structureId: structure };
    const rows = await asAppRole(app, asSt, `select distinct member_structure_id from allocations`);
    expect(rows.every((r: any) => r.member_structure_id === structure)).toBe(true);
    expect(await asAppRole(app, asSt, `select count(*)::int as n from contract_comments`)).toEqual([{ n: 0 }]);
    expect(await asAppRole(app, asSt, `select count(*)::int as n from objective_contracts where id = $1`, [rawOf(id)])).toEqual([{ n: 0 }]);
    // Writing into another network is refused by the policy.
    await expect(asAppRole(app, asFas, `insert into contract_comments (id, tenant_id, contract_id, body) values (gen_random_uuid(), $1, $2, 'x')`, [ORG.CE, rawOf(id)])).rejects.toThrow(
      /row-level security/,
    );
  });
});

describe('statement counts do not grow with rows', () => {
  it('a contract page with 1,000 allocations takes as many statements as one with 3', async () => {
    const many = await makeMembers(app, ORG.CE, 1000, { prefix: 'Masse' });
    const small = await draft(2060, { budgetCents: 10_000_000_00 });
    const big = await draft(2061, { budgetCents: 10_000_000_00 });
    await rs(SET_ALLOCATIONS, { i: { contractId: small.id, version: small.version, allocations: many.slice(0, 3).map((m) => ({ memberStructureId: gid('Member', m), amountCents: 100 })) } });
    const r = await rs(SET_ALLOCATIONS, { i: { contractId: big.id, version: big.version, allocations: many.map((m) => ({ memberStructureId: gid('Member', m), amountCents: 100 })) } });
    expect(r.errors).toBeUndefined();
    let page: GqlResult | undefined;
    const nSmall = await app.countQueries(() => rs(CONTRACT, { id: small.id }));
    const nBig = await app.countQueries(async () => (page = await rs(CONTRACT, { id: big.id })));
    expect(page!.data.contract.allocations).toHaveLength(1000);
    expect(nBig).toBe(nSmall);
  });

  it('the contract list takes as many statements for 2 rows as for 20', async () => {
    const two = await app.countQueries(() => rs(`{ contracts(first: 2) { edges { node { id objectives { id } viewerActions { transitions } } } } }`));
    const twenty = await app.countQueries(() => rs(`{ contracts(first: 20) { edges { node { id objectives { id } viewerActions { transitions } } } } }`));
    expect(twenty).toBe(two);
  });
});
